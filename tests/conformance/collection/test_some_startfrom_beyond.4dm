// Doc: https://developer.4d.com/docs/API/CollectionClass#some
// .some(): startFrom >= length returns False; negative startFrom is an offset from the end
var $c : Collection:=New collection(1; -1; -2)
ASSERT(Not($c.some(3; Formula($1.value>0))); "startFrom >= length gave true")
ASSERT(Not($c.some(-2; Formula($1.value>0))); "from -2 gave true")
ASSERT($c.some(-3; Formula($1.value>0)); "from -3 gave false")

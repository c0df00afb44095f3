// Doc: https://developer.4d.com/docs/API/CollectionClass#some
// .some() is true as soon as one element passes; startFrom skips earlier elements
var $c : Collection:=New collection
$c.push(-5; -3; -1; -4; -6; -2)
ASSERT(Not($c.some(Formula($1.value>0))); "all negative gave true")
$c.push(1)
ASSERT($c.some(Formula($1.value>0)); "with 1 gave false")
$c:=New collection
$c.push(1; -5; -3; -1; -4; -6; -2)
ASSERT($c.some(Formula($1.value>0)); "gave false")
ASSERT(Not($c.some(1; Formula($1.value>0))); "from 1 gave true")

// Doc: https://developer.4d.com/docs/API/CollectionClass#every
// .every(startFrom; …) tests from startFrom; startFrom >= length returns false; negative is from the end
var $c : Collection:=New collection(-1; 2; 3)
var $f : 4D.Function:=Formula($1.value>0)
ASSERT($c.every(1; $f); "every from 1 gave false")
ASSERT(Not($c.every(3; $f)); "startFrom >= length gave true")
ASSERT($c.every(-2; $f); "every from -2 gave false")

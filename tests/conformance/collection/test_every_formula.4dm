// Doc: https://developer.4d.com/docs/API/CollectionClass#every
// .every() is true when all elements pass, false after a failing element is added (example 1)
var $f : 4D.Function:=Formula($1.value>0)
var $c : Collection:=New collection
$c.push(5; 3; 1; 4; 6; 2)
ASSERT($c.every($f); "every gave false")
$c.push(-1)
ASSERT(Not($c.every($f)); "every gave true")

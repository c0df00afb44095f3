// Doc: https://developer.4d.com/docs/API/CollectionClass#orderbymethod
// .orderByMethod() returns a new collection and leaves the original in place
var $c : Collection:=New collection(3; 1; 2)
var $c2 : Collection:=$c.orderByMethod(Formula($1.value<$1.value2))
ASSERT($c.join(",")="3,1,2"; "original "+$c.join(","))
ASSERT($c2.join(",")="1,2,3"; "sorted "+$c2.join(","))

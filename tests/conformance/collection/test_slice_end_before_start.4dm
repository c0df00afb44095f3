// Doc: https://developer.4d.com/docs/API/CollectionClass#slice
// .slice() with end < startFrom returns nothing (an empty collection)
var $c : Collection:=New collection(1; 2; 3; 4; 5)
ASSERT($c.slice(3; 1).length=0; "gave "+JSON Stringify($c.slice(3; 1)))
ASSERT(JSON Stringify($c.slice(-10; 2))="[1,2]"; "negative start clamped: "+JSON Stringify($c.slice(-10; 2)))

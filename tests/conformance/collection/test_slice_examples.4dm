// Doc: https://developer.4d.com/docs/API/CollectionClass#slice
// .slice(0;3), (3), (1;-1), (-3;-2) as in the example
var $c : Collection:=New collection(1; 2; 3; 4; 5)
ASSERT(JSON Stringify($c.slice(0; 3))="[1,2,3]"; "1")
ASSERT(JSON Stringify($c.slice(3))="[4,5]"; "2")
ASSERT(JSON Stringify($c.slice(1; -1))="[2,3,4]"; "3")
ASSERT(JSON Stringify($c.slice(-3; -2))="[3]"; "4")

// Doc: https://developer.4d.com/docs/API/CollectionClass#distinct
// .distinct(propertyPath) returns the distinct values of a property ([1,3])
var $c : Collection:=New collection("a"; "b")
$c.push(New object("size"; 1))
$c.push(New object("size"; 3))
$c.push(New object("size"; 1))
ASSERT(JSON Stringify($c.distinct("size"))="[1,3]"; "gave "+JSON Stringify($c.distinct("size")))

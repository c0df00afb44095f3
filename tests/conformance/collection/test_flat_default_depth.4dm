// Doc: https://developer.4d.com/docs/API/CollectionClass#flat
// .flat() flattens one level by default
var $col : Collection:=New collection(1; 2; New collection(3; 4))
ASSERT(JSON Stringify($col.flat())="[1,2,3,4]"; "gave "+JSON Stringify($col.flat()))
$col:=New collection(1; 2; New collection(3; 4; New collection(5; 6)))
ASSERT(JSON Stringify($col.flat())="[1,2,3,4,[5,6]]"; "gave "+JSON Stringify($col.flat()))

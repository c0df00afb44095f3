// Doc: https://developer.4d.com/docs/API/CollectionClass#fill
// .fill() does nothing when end < startFrom
var $c : Collection:=New collection(1; 2; 3; 4)
$c.fill(9; 3; 1)
ASSERT(JSON Stringify($c)="[1,2,3,4]"; "gave "+JSON Stringify($c))
$c.fill(9; -1)
ASSERT(JSON Stringify($c)="[1,2,3,9]"; "negative startFrom gave "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#combine
// .combine() with index < 0 recalculates it as index+length (clamped at 0)
var $c : Collection:=New collection(1; 2; 3)
$c.combine(New collection("x"); -1)
ASSERT(JSON Stringify($c)="[1,2,\"x\",3]"; "gave "+JSON Stringify($c))
$c:=New collection(1; 2)
$c.combine(New collection("y"); -10)
ASSERT(JSON Stringify($c)="[\"y\",1,2]"; "gave "+JSON Stringify($c))

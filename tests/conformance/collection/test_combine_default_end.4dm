// Doc: https://developer.4d.com/docs/API/CollectionClass#combine
// .combine(col2) adds col2 elements at the end by default, each as its own element
var $c : Collection:=New collection(1; 2)
var $r : Collection:=$c.combine(New collection(3; 4))
ASSERT(JSON Stringify($c)="[1,2,3,4]"; "gave "+JSON Stringify($c))
ASSERT($r=$c; "combine returns the original collection")

// Doc: https://developer.4d.com/docs/API/CollectionClass#reverse
// .reverse() returns a reversed copy and does not modify the original
var $c : Collection:=New collection(1; 3; 5; 2; 4; 6)
var $c2 : Collection:=$c.reverse()
ASSERT(JSON Stringify($c2)="[6,4,2,5,3,1]"; "gave "+JSON Stringify($c2))
ASSERT(JSON Stringify($c)="[1,3,5,2,4,6]"; "original "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#unshift
// .unshift() inserts at the beginning; several values keep their argument order
var $c : Collection:=New collection(1; 2)
$c.unshift(4)
ASSERT(JSON Stringify($c)="[4,1,2]"; "1: "+JSON Stringify($c))
$c.unshift(5)
ASSERT(JSON Stringify($c)="[5,4,1,2]"; "2: "+JSON Stringify($c))
$c.unshift(6; 7)
ASSERT(JSON Stringify($c)="[6,7,5,4,1,2]"; "3: "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#combine
// .combine() with index > length starts at the length of the collection
var $c : Collection:=New collection(1; 2)
$c.combine(New collection(3); 10)
ASSERT(JSON Stringify($c)="[1,2,3]"; "gave "+JSON Stringify($c))

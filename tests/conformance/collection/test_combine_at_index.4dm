// Doc: https://developer.4d.com/docs/API/CollectionClass#combine
// .combine(col2; index) inserts each col2 element at index, in place
var $c; $fruits : Collection
$c:=New collection(1; 2; 3; 4; 5; 6)
$fruits:=New collection("Orange"; "Banana"; "Apple"; "Grape")
$c.combine($fruits; 3)
ASSERT(JSON Stringify($c)="[1,2,3,\"Orange\",\"Banana\",\"Apple\",\"Grape\",4,5,6]"; "gave "+JSON Stringify($c))

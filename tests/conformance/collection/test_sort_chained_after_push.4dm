// Doc: https://developer.4d.com/docs/API/CollectionClass#sort
// $col.push(5;3;1;4;6;2).sort() gives [1,2,3,4,5,6,10,20] (example 2)
var $col : Collection:=New collection(10; 20)
var $col2 : Collection:=$col.push(5; 3; 1; 4; 6; 2).sort()
ASSERT(JSON Stringify($col2)="[1,2,3,4,5,6,10,20]"; "gave "+JSON Stringify($col2))

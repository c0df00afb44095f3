// Doc: https://developer.4d.com/docs/API/CollectionClass#sort
// .sort(ck descending) orders scalar values in descending order
var $col : Collection:=New collection(2; 9; 4)
$col.sort(ck descending)
ASSERT(JSON Stringify($col)="[9,4,2]"; "gave "+JSON Stringify($col))

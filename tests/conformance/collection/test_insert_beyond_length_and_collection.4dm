// Doc: https://developer.4d.com/docs/API/CollectionClass#insert
// .insert() beyond the length appends; a collection is inserted as one element
var $col : Collection:=New collection(1; 2)
$col.insert(10; New collection(3; 4))
ASSERT(JSON Stringify($col)="[1,2,[3,4]]"; "gave "+JSON Stringify($col))

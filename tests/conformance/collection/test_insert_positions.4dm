// Doc: https://developer.4d.com/docs/API/CollectionClass#insert
// .insert() at 2, at -2 (offset from end), at -10 (clamped to 0)
var $col : Collection:=New collection("a"; "b"; "c"; "d")
$col.insert(2; "X")
ASSERT(JSON Stringify($col)="[\"a\",\"b\",\"X\",\"c\",\"d\"]"; "gave "+JSON Stringify($col))
$col.insert(-2; "Y")
ASSERT(JSON Stringify($col)="[\"a\",\"b\",\"X\",\"Y\",\"c\",\"d\"]"; "gave "+JSON Stringify($col))
$col.insert(-10; "Hi")
ASSERT(JSON Stringify($col)="[\"Hi\",\"a\",\"b\",\"X\",\"Y\",\"c\",\"d\"]"; "gave "+JSON Stringify($col))

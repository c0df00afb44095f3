// Doc: https://developer.4d.com/docs/API/CollectionClass#multisort
// .multiSort([$col2;$col3]) sorts $col ascending and reorders the others in sync (example 1)
var $col; $col2; $col3 : Collection
$col:=["A"; "C"; "B"]
$col2:=[1; 2; 3]
$col3:=[["Jim"; "Philip"; "Maria"]; ["blue"; "green"]; ["11"; 22; "33"]]
$col.multiSort([$col2; $col3])
ASSERT(JSON Stringify($col)="[\"A\",\"B\",\"C\"]"; "col "+JSON Stringify($col))
ASSERT(JSON Stringify($col2)="[1,3,2]"; "col2 "+JSON Stringify($col2))
ASSERT(JSON Stringify($col3[1])="[\"11\",22,\"33\"]"; "col3 "+JSON Stringify($col3))
ASSERT(JSON Stringify($col3[2])="[\"blue\",\"green\"]"; "col3 "+JSON Stringify($col3))

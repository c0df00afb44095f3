// language.md §12.2: .multiSort([cols]) (20 R3) sorts the collection and keeps the other collections synchronized
var $col; $col2 : Collection
$col:=["A"; "C"; "B"]
$col2:=[1; 2; 3]
$col.multiSort([$col2])
ALERT(JSON Stringify($col))
ALERT(JSON Stringify($col2))

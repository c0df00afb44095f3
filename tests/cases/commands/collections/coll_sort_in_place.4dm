// language.md §14.12: sort() modifies in place — after push(…).sort() the original collection is sorted too
var $col; $sortedCol : Collection
$col:=New collection(5; 3; 9)
$sortedCol:=$col.push(7; 50).sort()
ALERT(JSON Stringify($col))
ALERT(JSON Stringify($sortedCol))

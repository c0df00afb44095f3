// language.md §12.2: .clear removes all elements, modifies and returns the same collection
var $col; $r : Collection
$col:=New collection(1; 2; 5)
$r:=$col.clear()
ALERT(String($col.length))
ALERT(String($r=$col))
ALERT(JSON Stringify($col))

// language.md §12.2: .length is the number of elements and follows every change
var $col : Collection
$col:=New collection("one"; "two"; "three")
ALERT(String($col.length))
$col[4]:="five"
ALERT(String($col.length))
ALERT(String($col.remove(0; 3).length))
$col:=New collection
ALERT(String($col.length))

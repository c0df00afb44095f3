// language.md §12.2: .insert(index; v) — negative index counts from the end (clamped to 0), index > length appends
var $col; $d : Collection
$col:=New collection("a"; "b"; "c"; "d")
$col.insert(2; "X")
ALERT(JSON Stringify($col))
$col.insert(-2; "Y")
ALERT(JSON Stringify($col))
$col.insert(-10; "Hi")
ALERT(JSON Stringify($col))
$col.insert(100; "end")
ALERT(JSON Stringify($col))
$d:=New collection(1)
ALERT(JSON Stringify($d.insert(1; New collection(2; 3))))

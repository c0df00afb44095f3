// language.md §12.2: .remove(index {; howMany}) — negative index from the end; empty collection → no error
var $col; $e : Collection
$col:=New collection("a"; "b"; "c"; "d"; "e"; "f"; "g"; "h")
$col.remove(3)
ALERT(JSON Stringify($col))
$col.remove(3; 2)
ALERT(JSON Stringify($col))
$col.remove(-8; 1)
ALERT(JSON Stringify($col))
$col.remove(-3; 1)
ALERT(JSON Stringify($col))
$col.remove(10)
ALERT(JSON Stringify($col))
$e:=New collection
$e.remove(0)
ALERT(String($e.length))

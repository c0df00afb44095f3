// language.md §12.2: .copy() returns a deep copy (nested objects/collections duplicated)
var $c; $d : Collection
$c:=New collection(New object("a"; 1); New collection(1; 2); "t")
$d:=$c.copy()
$d[0].a:=2
$d[1].push(3)
ALERT(JSON Stringify($c))
ALERT(JSON Stringify($d))
ALERT(String($c[0]=$d[0]))
ALERT(String($c=$d))

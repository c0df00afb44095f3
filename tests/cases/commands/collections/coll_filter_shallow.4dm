// language.md §12.2: .filter returns a shallow copy — kept objects are the same references
var $c; $f : Collection
$c:=New collection(New object("n"; 1); New object("n"; 2))
$f:=$c.filter(Formula($1.value.n>1))
$f[0].n:=20
ALERT(JSON Stringify($c))
ALERT(String($f[0]=$c[1]))

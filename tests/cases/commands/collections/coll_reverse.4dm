// language.md §12.2: .reverse() returns a new reversed DEEP copy; the original is unchanged
var $c; $c2 : Collection
$c:=New collection(1; 3; 5; 2; 4; 6)
$c2:=$c.reverse()
ALERT(JSON Stringify($c2))
ALERT(JSON Stringify($c))
$c:=New collection(New object("n"; 1); "x")
$c2:=$c.reverse()
$c2[1].n:=2
ALERT(JSON Stringify($c))
ALERT(JSON Stringify($c2))

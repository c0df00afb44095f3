// language.md §12.2: .slice(start {; end}) — shallow copy of [start,end), negatives from the end
var $c; $nc : Collection
$c:=New collection(1; 2; 3; 4; 5)
ALERT(JSON Stringify($c.slice(0; 3)))
ALERT(JSON Stringify($c.slice(3)))
ALERT(JSON Stringify($c.slice(1; -1)))
ALERT(JSON Stringify($c.slice(-3; -2)))
ALERT(JSON Stringify($c.slice(3; 1)))
ALERT(JSON Stringify($c))
$c:=New collection(New object("a"; 1))
$nc:=$c.slice(0)
$nc[0].a:=2
ALERT(String($c[0].a))

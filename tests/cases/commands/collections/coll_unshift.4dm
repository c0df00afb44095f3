// language.md §12.2: .unshift inserts values at the start, in argument order; modifies and returns the collection
var $c; $r : Collection
$c:=New collection(1; 2)
$c.unshift(4)
ALERT(JSON Stringify($c))
$c.unshift(5)
$r:=$c.unshift(6; 7)
ALERT(JSON Stringify($c))
ALERT(String($r=$c))

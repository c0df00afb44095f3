// language.md §12.2: .shift removes and returns the first element; on an empty collection it does nothing (undefined)
var $c : Collection
var $val : Variant
$c:=New collection(1; 2; 4; 5)
$val:=$c.shift()
ALERT(String($val))
ALERT(JSON Stringify($c))
$c:=New collection
ALERT(String(Undefined($c.shift())))
ALERT(String($c.length))

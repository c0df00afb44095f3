// language.md §12.2: .pop removes and returns the last element; undefined on an empty collection
var $stack : Collection
$stack:=New collection
$stack.push(1; 2)
ALERT(String($stack.pop()))
ALERT(JSON Stringify($stack))
$stack.push(New collection(4; 5))
ALERT(JSON Stringify($stack.pop()))
ALERT(String($stack.pop()))
ALERT(JSON Stringify($stack))
ALERT(String(Undefined($stack.pop())))
ALERT(String($stack.length))

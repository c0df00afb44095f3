// language.md §12.2: .resize(size {; default=null}) grows with null (or default) and shrinks by dropping the tail
var $c : Collection
$c:=New collection
$c.resize(3)
ALERT(JSON Stringify($c))
$c:=New collection
$c.resize(3; 0)
ALERT(JSON Stringify($c))
$c:=New collection(1; 2; 3; 4; 5)
$c.resize(7; New object("name"; "X"))
ALERT(JSON Stringify($c))
$c:=New collection(1; 2; 3; 4; 5)
ALERT(JSON Stringify($c.resize(2)))

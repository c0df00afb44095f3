// language.md §2: objects have reference semantics
$a:={x: 1}
$b:=$a
$b.x:=2
$b.y:="new"
ALERT(String($a.x))
ALERT(JSON Stringify($a))
$b:={x: 3}
ALERT(String($a.x))

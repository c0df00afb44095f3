// language.md §12.1: objects and collections are stored in a new object by reference
var $inner; $o; $o2 : Object
var $c : Collection
$inner:=New object("x"; 1)
$o:=New object("in"; $inner)
$inner.x:=2
ALERT(String($o.in.x))
ALERT(String($o.in=$inner))
$c:=New collection(1)
$o2:=New object("c"; $c)
$c.push(2)
ALERT(JSON Stringify($o2))

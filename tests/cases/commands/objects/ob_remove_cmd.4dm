// language.md §12.1: OB REMOVE deletes a property; a missing or differently-cased name is a no-op
var $o : Object
$o:=New object("a"; 1; "b"; 2; "c"; 3)
OB REMOVE($o; "b")
ALERT(JSON Stringify($o))
OB REMOVE($o; "zzz")
ALERT(JSON Stringify($o))
OB REMOVE($o; "A")
ALERT(JSON Stringify($o))
ALERT(String(OB Keys($o).length))

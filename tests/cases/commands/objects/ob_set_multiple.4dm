// language.md §12.1: OB SET sets several pairs; an existing property keeps its position, new ones are appended
var $o : Object
$o:=New object("a"; 1)
OB SET($o; "b"; "two"; "a"; 10; "c"; New collection(1))
ALERT(JSON Stringify($o))
OB SET($o; "b"; Null)
ALERT(JSON Stringify($o))

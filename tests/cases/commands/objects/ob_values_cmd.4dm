// language.md §12.1: OB Values returns a collection of the property values in creation order
var $o : Object
$o:=New object("a"; 1; "b"; "two"; "c"; New collection(3); "d"; Null)
ALERT(JSON Stringify(OB Values($o)))
ALERT(String(OB Values($o).length))
ALERT(JSON Stringify(OB Values(New object)))

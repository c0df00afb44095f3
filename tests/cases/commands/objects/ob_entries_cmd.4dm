// language.md §12.1: OB Entries returns a collection of {key; value} objects in creation order
var $o : Object
var $e : Collection
$o:=New object("a"; 1; "b"; "x")
$e:=OB Entries($o)
ALERT(JSON Stringify($e))
ALERT($e[1].key+"="+$e[1].value)
ALERT(String(OB Entries(New object).length))

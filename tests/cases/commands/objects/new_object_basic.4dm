// language.md §12.1: New object creates an empty or prefilled object, properties in creation order
var $o : Object
$o:=New object("name"; "Smith"; "age"; 42; "ok"; True)
ALERT(JSON Stringify($o))
ALERT(String(OB Keys($o).length))
$o:=New object
ALERT(JSON Stringify($o))
$o:=New object()
ALERT(JSON Stringify($o))
ALERT(String(OB Is empty($o)))

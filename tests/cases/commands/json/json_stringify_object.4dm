// language.md §12.1: JSON Stringify of objects — compact, property order = creation order, nested objects/collections
var $o : Object
$o:=New object
$o.lastname:="Monroe"
$o.firstname:="Alan"
$o.children:=New object("firstname"; "Jim"; "age"; "12")
$o.tags:=New collection("a"; 1; Null; True)
ALERT(JSON Stringify($o))
$o.lastname:="Smith"
ALERT(JSON Stringify($o))

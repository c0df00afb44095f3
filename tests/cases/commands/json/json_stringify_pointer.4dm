// language.md §12.1: pointers are dereferenced when stringified
var $o : Object
var $name : Text
$o:=New object("name"; ->$name)
ALERT(JSON Stringify($o))
$name:="Smith"
ALERT(JSON Stringify($o))

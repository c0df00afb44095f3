// language.md §4.7: writing a property needs an object: a declared, never-assigned Object variable is null (error)
var $o : Object
ALERT("before")
$o.a:=1
ALERT("never")

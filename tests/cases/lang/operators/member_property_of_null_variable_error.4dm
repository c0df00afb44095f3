// language.md §4.7: reading a property of a null Object variable is an error
var $o : Object
ALERT("before")
$x:=$o.name
ALERT("never")

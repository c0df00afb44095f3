// language.md §4.7: reading a property of an Object variable assigned Null is an error (only a never-assigned one reads as undefined)
var $o : Object
$o:=Null
ALERT("before")
$x:=$o.name
ALERT("never")

// language.md §9: .new() on a class that does not exist is an error (class names are case-sensitive)
ALERT("before")
var $x : Object:=cs.Nope.new()
ALERT("after")

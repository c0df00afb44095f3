ALERT("before")
var $x : Object:=cs.person.new("a")
ALERT("after")

ALERT("before")
var $x : Object:=4D.Nope.new()
ALERT("after")

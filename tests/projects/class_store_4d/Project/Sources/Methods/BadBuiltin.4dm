ALERT("before")
var $x : Object:=4D.NoSuchClass.new()
ALERT("after")

ALERT("before")
var $x : Object:=cs.SelfRef.new()
ALERT("after")

ALERT("before")
var $x : Object:=cs.Orphan.new()
ALERT("after")

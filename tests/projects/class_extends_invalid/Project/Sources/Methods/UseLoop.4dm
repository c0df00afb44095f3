ALERT("before")
var $x : Object:=cs.LoopA.new()
ALERT("after")

ALERT("before")
var $p : Object:=cs.Point.new("a"; 1)
ALERT("after")

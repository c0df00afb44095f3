ALERT("before")
var $c : Object:=cs.TwiceChild.new()
ALERT("after")

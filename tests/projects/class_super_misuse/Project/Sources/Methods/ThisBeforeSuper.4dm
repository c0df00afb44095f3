ALERT("before")
var $c : Object:=cs.EarlyChild.new()
ALERT("after")

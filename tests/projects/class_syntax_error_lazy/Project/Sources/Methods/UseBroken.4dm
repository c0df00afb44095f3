ALERT("before")
var $b : Object:=cs.Broken.new()
ALERT("after")

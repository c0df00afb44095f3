ALERT("start")
var $c : Object:=cs.Counter.me
ALERT("got it")
$c:=cs.Counter.me
ALERT("end "+String($c.count))

// Doc: https://developer.4d.com/docs/Concepts/classes#this
// This is the object the function is called on: $o.f() gives 8
var $o : Object:=cs.ob.new()
$o.a:=5
$o.b:=3
var $val : Integer:=$o.f()
ASSERT($val=8; "gave "+String($val))

// Doc: https://developer.4d.com/docs/commands/formula#example-2
// Local variables are copied when the formula is created: $o.f() returns 10, not 20
var $value : Integer
$value:=10
var $o : Object:=New object("f"; Formula($value))
$value:=20
ASSERT($o.f()=10; "gave "+String($o.f()))

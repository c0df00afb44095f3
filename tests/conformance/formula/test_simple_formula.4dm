// Doc: https://developer.4d.com/docs/commands/formula#example-1
// $o.f() of Formula(1+2) returns 3
var $f : 4D.Function:=Formula(1+2)
var $o : Object:=New object("f"; $f)
ASSERT($o.f()=3; "gave "+String($o.f()))

// Doc: https://developer.4d.com/docs/commands/formula#example-3
// Formula($1+$2) called with (10;20) returns 30
var $o : Object:=New object("f"; Formula($1+$2))
ASSERT($o.f(10; 20)=30; "gave "+String($o.f(10; 20)))

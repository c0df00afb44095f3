// Doc: https://developer.4d.com/docs/commands/formula#example-4
// $o.f("param1";"param2") is equivalent to myMethod("param1";"param2")
var $o : Object:=New object("f"; Formula(myMethod))
var $result : Text:=$o.f("param1"; "param2")
ASSERT($result=myMethod("param1"; "param2"); "gave "+$result)

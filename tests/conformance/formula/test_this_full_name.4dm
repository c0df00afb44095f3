// Doc: https://developer.4d.com/docs/commands/formula#example-5
// This in a formula property is the object: "John Smith"
var $o : Object:=New object("fullName"; Formula(This.firstName+" "+This.lastName))
$o.firstName:="John"
$o.lastName:="Smith"
ASSERT($o.fullName()="John Smith"; "gave "+$o.fullName())

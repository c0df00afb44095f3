// Doc: https://developer.4d.com/docs/Concepts/classes#function-get-and-function-set
// With only a setter, reading the property returns undefined
var $o : cs.WriteOnly:=cs.WriteOnly.new()
$o.secret:="abc"
ASSERT($o._stored="abc"; "setter not called")
ASSERT(Undefined($o.secret); "reading gave "+String($o.secret))

// Doc: https://developer.4d.com/docs/Concepts/dt_object#object-operators
// = and # on objects compare references: $o1=$o3 True, $o1=$o2 False
var $o1:={a: 42}
var $o2:={a: 42}
var $o3:=$o1
ASSERT($o1=$o3; "$o1=$o3")
ASSERT(Not($o1=$o2); "$o1=$o2")
ASSERT(Not($o1#$o3); "$o1#$o3")
ASSERT($o1#$o2; "$o1#$o2")

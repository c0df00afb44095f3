// Doc: https://developer.4d.com/docs/Concepts/dt_collection#collection-operators
// = and # on collections compare references: $c1=$c3 True, $c1=$c2 False
var $c1:=["a"; 42]
var $c2:=["a"; 42]
var $c3:=$c1
ASSERT($c1=$c3; "$c1=$c3")
ASSERT(Not($c1=$c2); "$c1=$c2")
ASSERT(Not($c1#$c3); "$c1#$c3")
ASSERT($c1#$c2; "$c1#$c2")

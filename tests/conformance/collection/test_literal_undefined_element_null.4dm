// Doc: https://developer.4d.com/docs/Concepts/dt_collection#-operator
// An undefined element of a collection literal appears as Null
var $o : Object:=New object
var $c : Collection:=[1; $o.missing; 3]
ASSERT($c.length=3; "length "+String($c.length))
ASSERT(Value type($c[1])=Is null; "type "+String(Value type($c[1])))

// Doc: https://developer.4d.com/docs/Concepts/dt_collection#propertypath-parameter
// A property name containing dots cannot be used as a propertyPath: min("My.special.property") is undefined
var $o : Object:=New object
$o["My.special.property"]:=5
var $col : Collection:=New collection($o)
ASSERT(Undefined($col.min("My.special.property")); "gave "+String($col.min("My.special.property")))

// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined
// Assigning undefined to a non-existing property does nothing
var $o : Object:=New object
$o.x:=$o.missing
ASSERT(Not(OB Is defined($o; "x")); "property created")

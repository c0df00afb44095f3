// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined
// Reading a property of an undefined value returns undefined (no error)
var $o : Object:=New object
ASSERT(Undefined($o.missing.name); "not undefined")

// Doc: https://developer.4d.com/docs/Concepts/data-types#null-as-default-value
// A declared, unassigned Object behaves like null but reading its properties gives no error
var $o : Object
ASSERT($o=Null; "not null")
ASSERT(Undefined($o.name); "property not undefined")

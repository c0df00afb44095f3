// Doc: https://developer.4d.com/docs/Concepts/dt_collection#propertypath-parameter
// A propertyPath may be a dotted path of sub-properties
var $col : Collection:=New collection(New object("employee"; New object("age"; 30)); New object("employee"; New object("age"; 50)))
ASSERT($col.max("employee.age")=50; "max gave "+String($col.max("employee.age")))
ASSERT($col.sum("employee.age")=80; "sum gave "+String($col.sum("employee.age")))

// Doc: https://developer.4d.com/docs/commands/ob-is-defined#example-2
// OB Is defined(obj;prop) tests a property, like OB Get type(…)#Is undefined; case sensitive
var $ref : Object
OB SET($ref; "name"; "smith"; "age"; 42)
ASSERT(OB Is defined($ref; "age"); "age")
ASSERT(Not(OB Is defined($ref; "Age")); "Age")
ASSERT(OB Get type($ref; "name")#Is undefined; "OB Get type")

// Doc: https://developer.4d.com/docs/commands/ob-get-type#example
// OB Get type returns 2 for text and 1 for a number; 5 for a missing property
var $ref : Object
OB SET($ref; "name"; "smith"; "age"; 42)
ASSERT(OB Get type($ref; "name")=2; "name "+String(OB Get type($ref; "name")))
ASSERT(OB Get type($ref; "age")=1; "age "+String(OB Get type($ref; "age")))
ASSERT(OB Get type($ref; "nope")=Is undefined; "missing "+String(OB Get type($ref; "nope")))

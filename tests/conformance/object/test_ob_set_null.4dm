// Doc: https://developer.4d.com/docs/commands/ob-set-null#example
// OB SET NULL stores null in a property
var $ref : Object
OB SET($ref; "name"; "Lea"; "age"; 4)
OB SET NULL($ref; "age")
ASSERT(JSON Stringify($ref)="{\"name\":\"Lea\",\"age\":null}"; "gave "+JSON Stringify($ref))
OB SET NULL($ref; "new")
ASSERT(OB Get type($ref; "new")=Is null; "created property not null")

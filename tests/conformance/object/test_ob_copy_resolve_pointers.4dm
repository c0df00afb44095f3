// Doc: https://developer.4d.com/docs/commands/ob-copy#example-2
// OB Copy keeps pointers; OB Copy(…;True) stores the pointed values
var $name : Text:="4D SAS"
var $ref : Object
OB SET($ref; "name"; ->$name)
var $copy : Object:=OB Copy($ref)
var $copy2 : Object:=OB Copy($ref; True)
ASSERT(Value type($copy.name)=Is pointer; "copy type "+String(Value type($copy.name)))
ASSERT($copy2.name="4D SAS"; "resolved gave "+String($copy2.name))

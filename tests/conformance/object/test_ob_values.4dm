// Doc: https://developer.4d.com/docs/commands/ob-values#example
// OB Values returns the property values in definition order
var $person : Object:=New object
$person.lastName:="Smith"
$person.firstName:="Jenny"
$person.children:=New object("Mary"; 12; "Mark"; 8)
var $col : Collection:=OB Values($person)
ASSERT(JSON Stringify($col)="[\"Smith\",\"Jenny\",{\"Mary\":12,\"Mark\":8}]"; "gave "+JSON Stringify($col))

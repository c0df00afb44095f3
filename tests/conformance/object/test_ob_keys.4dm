// Doc: https://developer.4d.com/docs/commands/ob-keys#example
// OB Keys returns first-level property names in definition order
var $person : Object:=New object
$person.lastName:="Smith"
$person.firstName:="Jenny"
$person.children:=New object("Mary"; 12; "Mark"; 8)
var $col : Collection:=OB Keys($person)
ASSERT(JSON Stringify($col)="[\"lastName\",\"firstName\",\"children\"]"; "gave "+JSON Stringify($col))

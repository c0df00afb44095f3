// Doc: https://developer.4d.com/docs/Concepts/operators#short-circuit-or-operator-
// $person.maidenName || $person.name picks the maiden name when there is one (example 2)
var $name : Text
var $person : Object:=New object("name"; "Smith")
$name:=$person.maidenName || $person.name
ASSERT($name="Smith"; "gave "+$name)
$person.maidenName:="Jones"
$name:=$person.maidenName || $person.name
ASSERT($name="Jones"; "gave "+$name)

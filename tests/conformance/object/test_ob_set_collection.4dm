// Doc: https://developer.4d.com/docs/commands/ob-set#example-11
// Follows: New object to create $person; the example calls "OB New", which is not a 4D command
// OB SET can set a collection as a property value
var $person : Object:=New object
var $myCol : Collection:=New collection("Mike"; 25; "Denis"; 12; "Henry"; 4; True)
OB SET($person; "Name"; "Jones"; "Children"; $myCol)
ASSERT($person.Children=$myCol; "not the same collection")
ASSERT($person.Children.length=7; "length "+String($person.Children.length))

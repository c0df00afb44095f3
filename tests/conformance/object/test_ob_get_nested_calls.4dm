// Doc: https://developer.4d.com/docs/commands/ob-get#example-6
// OB Get(OB Get($children;"children");"lastname") reads a nested property ("Monroe")
var $ref1; $child; $children : Object
var $childName : Text
OB SET($ref1; "firstname"; "John"; "lastname"; "Monroe")
OB SET($children; "children"; $ref1)
$child:=OB Get($children; "children")
$childName:=OB Get($child; "lastname")
ASSERT($childName="Monroe"; "gave "+$childName)
$childName:=OB Get(OB Get($children; "children"); "lastname")
ASSERT($childName="Monroe"; "nested gave "+$childName)

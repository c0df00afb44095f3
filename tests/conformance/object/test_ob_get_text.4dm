// Doc: https://developer.4d.com/docs/commands/ob-get#example-1
// OB Get returns the property value in its original type ("Harry")
var $ref : Object
var $FirstName : Text
OB SET($ref; "FirstName"; "Harry")
$FirstName:=OB Get($ref; "FirstName")
ASSERT($FirstName="Harry"; "gave "+$FirstName)

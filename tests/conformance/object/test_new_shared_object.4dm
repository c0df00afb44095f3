// Doc: https://developer.4d.com/docs/commands/new-shared-object#example-2
// A shared object is modified inside Use…End use; reading needs no Use
var $contact : Object:=New shared object("name"; "Smith"; "firstname"; "John")
ASSERT($contact.name="Smith"; "read without Use")
var $s_obj : Object:=New shared object("prop1"; "alpha")
Use ($s_obj)
	$s_obj.prop1:="omega"
End use
ASSERT($s_obj.prop1="omega"; "gave "+$s_obj.prop1)

// Doc: https://developer.4d.com/docs/commands/ob-copy#example-3
// OB Copy(…;ck shared) returns a shared object that can go into a shared object
var $person : Object:=JSON Parse("{\"name\":\"Ann\"}")
var $sharedObject : Object:=New shared object()
var $copy : Object:=OB Copy($person; ck shared)
Use ($sharedObject)
	$sharedObject.person:=$copy
End use
ASSERT($sharedObject.person.name="Ann"; "gave "+JSON Stringify($sharedObject))

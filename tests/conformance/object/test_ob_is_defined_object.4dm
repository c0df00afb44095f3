// Doc: https://developer.4d.com/docs/commands/ob-is-defined#example-1
// OB Is defined is False for an uninitialized object, True for an initialized empty one
var $object : Object
ASSERT(OB Is defined($object)=False; "uninitialized")
OB SET($object; "Name"; "Martin")
OB REMOVE($object; "Name")
ASSERT(OB Is defined($object)=True; "initialized and empty")

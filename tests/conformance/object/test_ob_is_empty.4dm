// Doc: https://developer.4d.com/docs/commands/ob-is-empty#example
// OB Is empty / OB Is defined on an undefined, a filled and an emptied object
var $ref : Object
ASSERT(OB Is empty($ref)=True; "1 empty")
ASSERT(OB Is defined($ref)=False; "1 defined")
OB SET($ref; "name"; "Susie"; "age"; 4)
ASSERT(OB Is empty($ref)=False; "2 empty")
ASSERT(OB Is defined($ref)=True; "2 defined")
OB REMOVE($ref; "name")
OB REMOVE($ref; "age")
ASSERT(OB Is empty($ref)=True; "3 empty")
ASSERT(OB Is defined($ref)=True; "3 defined")

// Doc: https://developer.4d.com/docs/commands/ob-get-type#description
// OB Get type returns Is Boolean, Is collection, Is null, Is object
var $o : Object:=New object("b"; True; "c"; New collection; "n"; Null; "o"; New object)
ASSERT(OB Get type($o; "b")=Is Boolean; "b")
ASSERT(OB Get type($o; "c")=Is collection; "c")
ASSERT(OB Get type($o; "n")=Is null; "n")
ASSERT(OB Get type($o; "o")=Is object; "o")

// Doc: https://developer.4d.com/docs/commands/ob-get#description
// OB Get of a missing property returns undefined; property names are case sensitive
var $o : Object:=New object("Name"; "x")
ASSERT(Undefined(OB Get($o; "missing")); "missing not undefined")
ASSERT(Undefined(OB Get($o; "name")); "case-insensitive match")

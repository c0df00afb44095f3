// Doc: https://developer.4d.com/docs/commands/json-stringify#description
// Null is serialized as null; Booleans as true/false
var $o : Object:=New object("a"; Null; "b"; True; "c"; False)
ASSERT(JSON Stringify($o)="{\"a\":null,\"b\":true,\"c\":false}"; "gave "+JSON Stringify($o))

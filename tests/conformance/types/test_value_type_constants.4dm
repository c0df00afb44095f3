// Doc: https://developer.4d.com/docs/commands/value-type#description
// Value type returns the type constant of a value
var $o : Object:=New object("value"; 42)
ASSERT(Value type($o.value)=Is real; "number")
ASSERT(Value type("a")=Is text; "text")
ASSERT(Value type(!2020-01-01!)=Is date; "date")
ASSERT(Value type(?01:00:00?)=Is time; "time")
ASSERT(Value type(True)=Is Boolean; "boolean")
ASSERT(Value type(Null)=Is null; "null")
ASSERT(Value type(New collection)=Is collection; "collection")
ASSERT(Value type(New object)=Is object; "object")
ASSERT(Value type($o.nothing)=Is undefined; "undefined")

// Doc: https://developer.4d.com/docs/commands/json-parse#description
// Invalid JSON raises an error (caught here with Try)
var $r : Variant:=Try(JSON Parse("{bad json"))
ASSERT(Undefined($r); "gave a value")
ASSERT(Last errors#Null; "no error")

// Doc: https://developer.4d.com/docs/commands/last-errors#description
// Last errors is null when no error occurred
var $v : Variant:=Try(42)
ASSERT(Last errors=Null; "not null: "+JSON Stringify(Last errors))

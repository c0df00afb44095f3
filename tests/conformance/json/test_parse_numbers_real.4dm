// Doc: https://developer.4d.com/docs/commands/json-parse#example-1
// JSON numbers are Reals
var $o : Object:=JSON Parse("{\"n\":12}")
ASSERT(Value type($o.n)=Is real; "type "+String(Value type($o.n)))

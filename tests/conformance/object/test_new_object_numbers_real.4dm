// Doc: https://developer.4d.com/docs/commands/new-object#description
// Number values passed to New object are always stored as reals
var $i : Integer:=7
var $o : Object:=New object("n"; $i)
ASSERT(Value type($o.n)=Is real; "type "+String(Value type($o.n)))

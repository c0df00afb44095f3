// Doc: https://developer.4d.com/docs/commands/value-type
// Follows: language.md §2 [Decision]: Value type reports Is real for all numbers, as interpreted 4D does
// Numbers stored in objects are Real (Value type gives Is real even for 42)
var $o : Object:=New object("n"; 42)
ASSERT(Value type($o.n)=Is real; "gave "+String(Value type($o.n)))

// Doc: https://developer.4d.com/docs/commands/ob-set#description
// A time passed to OB SET is stored as a number of seconds (Real)
var $o : Object
OB SET($o; "t"; ?00:02:00?)
ASSERT(Value type($o.t)=Is real; "type "+String(Value type($o.t)))
ASSERT($o.t=120; "gave "+String($o.t))

// Doc: https://developer.4d.com/docs/commands/time#description
// Time of an undefined expression returns an empty time
var $o : Object:=New object
ASSERT(Time($o.t)=?00:00:00?; "gave "+String(Time($o.t)))

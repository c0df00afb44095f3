// Doc: https://developer.4d.com/docs/Concepts/dt_time#time-operators
// Time + Number returns a Number, Time + Time returns a Time
var $v : Variant:=?02:03:04?+65
ASSERT(Value type($v)=Is real; "time+number type "+String(Value type($v)))
$v:=?02:03:04?+?01:02:03?
ASSERT(Value type($v)=Is time; "time+time type "+String(Value type($v)))

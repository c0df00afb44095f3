// Doc: https://developer.4d.com/docs/Concepts/operators#compound-assignment-operators
// Time += Time gives a Time; Time += Number gives a Number
var $t1 : Time:=?01:00:00?
var $t2 : Time:=?00:30:00?
$t1+=$t2
ASSERT($t1=?01:30:00?; "gave "+String($t1))
var $v : Variant:=?00:00:10?
$v+=5
ASSERT(Value type($v)=Is real; "Time += Number type "+String(Value type($v)))
ASSERT($v=15; "gave "+String($v))

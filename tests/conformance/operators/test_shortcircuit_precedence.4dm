// Doc: https://developer.4d.com/docs/Concepts/operators#precedence
// a || b && c is evaluated as (a || b) && c
var $v : Variant:=True || False && False
ASSERT($v=False; "True || False && False gave "+String($v))
$v:="a" || "b" && "c"
ASSERT($v="c"; "gave "+String($v))

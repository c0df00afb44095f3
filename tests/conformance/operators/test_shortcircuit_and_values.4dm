// Doc: https://developer.4d.com/docs/Concepts/operators#short-circuit-and-operator-
// && returns the first falsy operand, else the last one (example 1)
var $v : Variant
$v:="Hello" && "World"
ASSERT($v="World"; "1: "+String($v))
$v:=False && 0
ASSERT($v=False; "2: "+String($v))
$v:=0 && False
ASSERT($v=False; "3: "+String($v))
$v:=5 && !00-00-00!
ASSERT($v=!00-00-00!; "4: "+String($v))
$v:=5 && 10 && "hello"
ASSERT($v="hello"; "5: "+String($v))

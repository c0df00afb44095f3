// Doc: https://developer.4d.com/docs/Concepts/dt_null_undefined#undefined
// Assigning undefined to a variable clears it ($val becomes 0), as in the example with an unassigned Object
var $o : Object
var $val : Integer
$val:=10
$val:=$o.a
ASSERT($val=0; "gave "+String($val))

// Doc: https://developer.4d.com/docs/Concepts/operators#ternary-operator
// The ternary operator executes only the expression of the chosen branch
var $o : Object:=Null
var $v : Variant:=($o=Null) ? "none" : $o.value
ASSERT($v="none"; "gave "+String($v))

// Doc: https://developer.4d.com/docs/Concepts/operators#short-circuit-or-operator-
// If Expr1 is truthy, Expr2 of || is not evaluated
var $o : Object:=Null
var $v : Variant:=True || $o.value
ASSERT($v=True; "gave "+String($v))

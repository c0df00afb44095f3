// Doc: https://developer.4d.com/docs/Concepts/dt_boolean#logical-operators
// (Expr1|Expr2) & Not(Expr1 & Expr2) computes the exclusive disjunction
var $e1; $e2 : Boolean
$e1:=True
$e2:=False
ASSERT(($e1 | $e2) & Not($e1 & $e2); "T xor F")
$e2:=True
ASSERT(Not(($e1 | $e2) & Not($e1 & $e2)); "T xor T")

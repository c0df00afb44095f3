// Doc: https://developer.4d.com/docs/Concepts/operators#short-circuit-and-operator-
// If $myObject is Null, the second operand of && is not evaluated, so no error is thrown (example 3)
var $myObject : Object:=Null
var $ran : Boolean:=False
If (($myObject#Null) && ($myObject.value>10))
	$ran:=True
End if
ASSERT(Not($ran); "branch ran")

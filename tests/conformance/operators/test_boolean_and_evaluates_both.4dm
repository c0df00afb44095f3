// Doc: https://developer.4d.com/docs/Concepts/operators#short-circuit-operators
// Unlike &&, the & operator evaluates both operands (no short circuit)
var $o : Object:=Null
var $failed : Boolean:=False
Try
	If (($o#Null) & ($o.value>10))
	End if
Catch
	$failed:=True
End try
ASSERT($failed; "the second operand of & was not evaluated")

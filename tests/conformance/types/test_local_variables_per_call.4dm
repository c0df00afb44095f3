// Doc: https://developer.4d.com/docs/Concepts/variables#local-variables
// A local variable is local to one method call: the caller's $x is not the callee's
#DECLARE($depth : Integer)
var $x : Integer
If (Count parameters=0)
	$x:=1
	test_local_variables_per_call(1)
	ASSERT($x=1; "caller's $x changed to "+String($x))
Else
	ASSERT($x=0; "callee's $x started at "+String($x))
	$x:=99
End if

// language.md §7.3 [Decision]: a method without a declared result used in an expression gives undefined
#DECLARE($x : Integer)
If (Count parameters=0)
	var $v : Variant
	$v:=no_result_used_is_undefined(1)
	ALERT(String(Undefined($v)))
	ALERT(String(Value type($v)))
Else 
	$x:=$x+1
End if 

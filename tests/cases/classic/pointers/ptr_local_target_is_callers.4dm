  // 4D docs Pointers: a pointer to a local variable refers to the variable of the method that created it, not to the callee's local of the same name
C_POINTER($1)
C_TEXT($x)
If (Count parameters=0)
	$x:="caller"
	ptr_local_target_is_callers(->$x)
	ALERT("caller now: "+$x)
Else 
	$x:="callee"
	$1->:=$1->+"+modified"
	ALERT("callee own: "+$x)
End if 

  // 4D docs Pointers (local variables): ->$x in the callee points to the callee's own $x, not to the caller's
C_POINTER($1)
C_BOOLEAN($0)
C_LONGINT($x)
If (Count parameters=0)
	ALERT(String(ptr_local_differs_in_callee(->$x)))
Else 
	$0:=($1#(->$x))
End if 

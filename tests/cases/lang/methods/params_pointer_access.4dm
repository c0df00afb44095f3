  // language.md §7.1: pointers give by-reference access to the caller's variables
C_POINTER($1)
If (Count parameters=0)
	C_LONGINT($x)
	$x:=1
	params_pointer_access(->$x)
	ALERT(String($x))
Else 
	$1->:=$1->+41
End if 

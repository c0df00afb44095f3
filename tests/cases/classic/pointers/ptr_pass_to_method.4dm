  // language.md §7.1: pointers give by-reference access: the called method modifies the caller's local variable
C_POINTER($1)
C_LONGINT($x)
If (Count parameters=0)
	$x:=5
	ptr_pass_to_method(->$x)
	ALERT(String($x))
Else 
	$1->:=$1->*2
End if 

  // language.md §7.1: scalar arguments are copied: modifying $1 in the callee does not change the caller's variable
C_LONGINT($1)
C_LONGINT($x)
If (Count parameters=0)
	$x:=5
	lm_params_by_value($x)
	ALERT(String($x))
Else 
	$1:=$1+100
	ALERT("callee "+String($1))
End if 

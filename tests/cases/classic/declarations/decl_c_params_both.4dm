  // language.md §3.2: C_LONGINT($1;$2) declares both parameters
C_LONGINT($1;$2)
C_LONGINT($0)
If (Count parameters=0)
	ALERT(String(decl_c_params_both(30;12)))
	ALERT(String(decl_c_params_both(5)))
Else 
	$0:=$1+$2
End if 

  // language.md §3.2/§7: C_TEXT($1) in the called method declares the parameter, it keeps the passed value
C_TEXT($1)
C_LONGINT($2)
C_TEXT($0)
If (Count parameters=0)
	ALERT(decl_legacy_param_keeps_value("abc";3))
Else 
	C_TEXT($1)
	C_LONGINT($2)
	$0:=$1*$2
End if 

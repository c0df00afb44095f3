  // language.md §7.1: legacy C_XXX parameter receiving a value of another type gets the empty value, no error
C_LONGINT($1)
C_TEXT($0)
If (Count parameters=0)
	ALERT(decl_legacy_param_wrong_type("abc"))
	ALERT("no error")
Else 
	$0:="got "+String($1)
End if 

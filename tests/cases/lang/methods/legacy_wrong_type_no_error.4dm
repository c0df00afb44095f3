  // language.md §7.1: with legacy C_XXX declarations a wrong argument type gives the empty value, no error
C_LONGINT($1)
C_TEXT($0)
If (Count parameters=0)
	ALERT(legacy_wrong_type_no_error("abc"))
Else 
	$0:="got "+String($1)
End if 

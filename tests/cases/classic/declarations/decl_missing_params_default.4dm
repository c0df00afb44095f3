  // language.md §7.1: missing parameters declared with C_XXX get their type's default value
C_TEXT($1;$2)
C_LONGINT($3)
C_BOOLEAN($4)
C_TEXT($0)
If (Count parameters=0)
	ALERT(decl_missing_params_default("only"))
Else 
	$0:=$1+"|"+$2+"|"+String($3)+"|"+String($4)
End if 

  // language.md §7.2: $1, $2, $3 are the parameters in call order
C_TEXT($1;$3;$0)
C_LONGINT($2)
If (Count parameters=0)
	ALERT(lm_several_params("a";2;"c"))
Else 
	$0:=$3+String($2)+$1
End if 

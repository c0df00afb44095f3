  // language.md §7.2/§7.3: legacy style: $1 is the parameter, assigning $0 sets the result
C_LONGINT($1;$0)
If (Count parameters=0)
	ALERT(String(lm_dollar0_result(20)))
Else 
	$0:=$1*2+2
End if 

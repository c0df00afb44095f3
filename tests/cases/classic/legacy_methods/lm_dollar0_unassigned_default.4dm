  // language.md §7.1/§3.2: a declared $0 that is never assigned returns its type's default value
C_TEXT($0)
C_LONGINT($1)
If (Count parameters=0)
	ALERT("["+lm_dollar0_unassigned_default(1)+"]")
Else 
	If ($1>5)
		$0:="big"
	End if 
End if 

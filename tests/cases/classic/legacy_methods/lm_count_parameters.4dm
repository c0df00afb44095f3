  // language.md §7.4: Count parameters = number of arguments actually passed (0 for the top-level run)
C_LONGINT($0)
If (Count parameters=0)
	ALERT(String(Count parameters))
	ALERT(String(lm_count_parameters(1)))
	ALERT(String(lm_count_parameters(1;"b";3;4)))
Else 
	$0:=Count parameters
End if 

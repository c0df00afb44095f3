  // language.md §7.4: Count parameters = number of arguments actually passed
C_LONGINT($0)
If (Count parameters=0)
	ALERT(String(Count parameters))
	ALERT(String(count_parameters(1)))
	ALERT(String(count_parameters(1; "a")))
	ALERT(String(count_parameters(1; "a"; True; Null)))
Else 
	$0:=Count parameters
End if 

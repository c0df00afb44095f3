  // language.md §7.3: $0 holds the value it has when the method ends
C_TEXT($0;$1)
If (Count parameters=0)
	ALERT(lm_dollar0_last_value_wins("x"))
Else 
	$0:="first"
	$0:=$0+"-"+$1
	$0:=Uppercase($0)
End if 

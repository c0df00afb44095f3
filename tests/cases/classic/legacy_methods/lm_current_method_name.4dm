  // language.md §7.5/§15: Current method name is the running method (the file stem)
C_TEXT($0)
If (Count parameters=0)
	ALERT(Current method name)
Else 
	$0:=Current method name
End if 

  // language.md §7.5: Current method name returns the running method's name (the file stem)
C_TEXT($0)
If (Count parameters=0)
	ALERT(Current method name)
	ALERT(current_method_name(1))
Else 
	$0:="inner:"+Current method name
End if 

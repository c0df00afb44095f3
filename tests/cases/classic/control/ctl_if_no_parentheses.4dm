  // language.md §4.2: If conditions are ordinary expressions; parentheses are optional
C_LONGINT($x)
$x:=3
If $x>1
	ALERT("big")
Else 
	ALERT("small")
End if 
If ($x=3) & ($x#4)
	ALERT("both")
End if 

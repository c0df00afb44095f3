  // language.md §5: after break, the For counter keeps the value it had (19 R4 blog: If ($i<101))
C_LONGINT($i)
For ($i;1;100)
	If ($i*$i>50)
		break
	End if 
End for 
ALERT(String($i))
If ($i<101)
	ALERT("broke early")
End if 

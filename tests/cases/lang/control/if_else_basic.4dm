// language.md §5: If / Else / End if
$n:=3
If ($n>2)
	ALERT("greater")
Else 
	ALERT("not greater")
End if 
If ($n>5)
	ALERT("never")
Else 
	ALERT("else taken")
End if 
If ($n=3)
	ALERT("no else needed")
End if 

// language.md §5: return inside a loop ends the method immediately
ALERT("start")
For ($i; 1; 10)
	If ($i=3)
		ALERT("returning at "+String($i))
		return 
	End if 
End for 
ALERT("never")

// language.md §5: Case of / Else / End case alone is valid; so is an empty Case of
Case of 
	Else 
		ALERT("only else")
End case 
Case of 
End case 
ALERT("done")

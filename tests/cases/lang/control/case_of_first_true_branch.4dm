// language.md §5: Case of runs only the first true branch
$x:=5
Case of 
	: ($x>1)
		ALERT("first")
	: ($x>2)
		ALERT("second")
	Else 
		ALERT("else")
End case 

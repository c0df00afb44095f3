  // language.md §5: only the first true branch runs, later true branches are skipped
C_LONGINT($n)
$n:=10
Case of 
	: ($n>5)
		ALERT("gt5")
	: ($n>1)
		ALERT("gt1")
	: (True)
		ALERT("true")
End case 

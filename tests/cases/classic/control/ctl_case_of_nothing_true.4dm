  // language.md §5: when no branch is true and there is no Else, nothing runs
C_LONGINT($n)
$n:=3
Case of 
	: ($n=1)
		ALERT("one")
	: ($n=2)
		ALERT("two")
End case 
ALERT("after")

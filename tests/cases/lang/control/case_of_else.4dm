// language.md §5: the optional Else runs when no branch is true
$x:=0
Case of 
	: ($x>1)
		ALERT("big")
	: ($x<0)
		ALERT("negative")
	Else 
		ALERT("else")
End case 
Case of 
	: ($x=1)
		ALERT("never")
End case 
ALERT("no branch, no else")

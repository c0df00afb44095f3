// language.md §5 [Decision]: a For step of 0 is an error
ALERT("before")
$step:=0
For ($i; 1; 3; $step)
	ALERT("never")
End for 

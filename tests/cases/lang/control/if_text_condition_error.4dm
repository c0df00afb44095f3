// language.md §4.5 [Decision]: If with a Text condition is an error (truthiness only for && || ?:)
ALERT("before")
$t:="yes"
If ($t)
	ALERT("never")
End if 

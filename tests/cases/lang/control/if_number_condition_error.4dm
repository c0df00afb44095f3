// language.md §4.5 [Decision]: If needs a Boolean; a number (even 1) is an error
ALERT("before")
$n:=1
If ($n)
	ALERT("never")
End if 
ALERT("never either")

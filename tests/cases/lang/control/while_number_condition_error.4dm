// language.md §4.5 [Decision]: While needs a Boolean condition
ALERT("before")
$n:=1
While ($n)
	$n:=0
End while 
ALERT("never")

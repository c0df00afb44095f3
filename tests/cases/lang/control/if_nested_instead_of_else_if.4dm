// language.md §5: there is no Else if keyword; nest If inside Else
$n:=15
If ($n<10)
	ALERT("small")
Else 
	If ($n<20)
		ALERT("medium")
	Else 
		ALERT("large")
	End if 
End if 

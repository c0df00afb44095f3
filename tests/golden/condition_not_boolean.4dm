$v:=12
If ($v)
	ALERT("x")
End if

ALERT("a")
If (True)
	return
End if
ALERT("b")

If (True)
	ALERT("x")

// language.md §11.2: an error in a called method runs the handler, then the called method continues after its failing line
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
If ($mode="sub")
	ALERT("sub: before")
	throw(8; "eight")
	ALERT("sub: after")
	return
End if
ON ERR CALL("onerr_in_called_method")
onerr_in_called_method("sub")
ALERT("main: after call")
ON ERR CALL("")

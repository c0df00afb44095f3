// language.md §11.2: the handler is called for every error while installed
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
ON ERR CALL("onerr_every_error")
throw(1; "a")
ALERT("next")
throw(2; "b")
ALERT("next")
throw(3; "c")
ON ERR CALL("")
ALERT("done")

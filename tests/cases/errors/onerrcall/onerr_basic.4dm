// language.md §11.2: the handler runs on the error, then execution continues with the statement after the failing one
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: error "+String(Error))
	return
End if
ON ERR CALL("onerr_basic")
ALERT("before")
throw(123; "custom")
ALERT("after")
ON ERR CALL("")
ALERT("end")

// language.md §11.2: the Error system variable keeps its value after the handler, so code can test it after the failing call
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	// empty handler: only hides the error
	return
End if
ON ERR CALL("onerr_error_variable")
throw(-43; "not found")
If (Error=-43)
	ALERT("Error is -43 after the handler")
End if
ALERT(String(Error))
ON ERR CALL("")

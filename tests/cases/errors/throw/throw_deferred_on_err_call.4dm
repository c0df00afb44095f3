// language.md §11.5: a deferred throw is raised when the current method returns — the handler runs after the method ends
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
If ($mode="thrower")
	throw({errCode: 55; message: "deferred"; deferred: True})
	ALERT("thrower still running")
	return
End if
ON ERR CALL("throw_deferred_on_err_call")
throw_deferred_on_err_call("thrower")
ALERT("back in main")
ON ERR CALL("")

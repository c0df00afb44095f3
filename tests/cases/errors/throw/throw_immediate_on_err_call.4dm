// language.md §11.2 / §11.5: a non-deferred throw calls the handler at once; execution continues after the throw
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
If ($mode="thrower")
	ALERT("thrower: before")
	throw(56; "immediate")
	ALERT("thrower: after")
	return
End if
ON ERR CALL("throw_immediate_on_err_call")
throw_immediate_on_err_call("thrower")
ALERT("back in main")
ON ERR CALL("")

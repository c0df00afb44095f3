// language.md §11.7: a failed ASSERT calls the ON ERR CALL handler with Error = -10518, then execution continues
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
ON ERR CALL("assert_on_err_call")
ASSERT(1=2; "custom")
ALERT("continues after failed ASSERT")
ON ERR CALL("")

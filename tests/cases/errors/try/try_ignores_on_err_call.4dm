// language.md §11.3: Try intercepts the error itself — an ON ERR CALL handler installed before is not called
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler called (must not happen)")
	return
End if
ON ERR CALL("try_ignores_on_err_call")
Try(throw(3; "three"))
ALERT("after try: "+String(Last errors[0].errCode))
ON ERR CALL("")

// language.md §11.2 / §11.6: Last errors is available inside the handler
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler sees: "+Last errors[0].message+" / "+String(Last errors[0].errCode))
	return
End if
ON ERR CALL("onerr_last_errors_in_handler")
throw(321; "visible in handler")
ON ERR CALL("")

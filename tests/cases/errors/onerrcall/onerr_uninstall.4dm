// language.md §11.2: ON ERR CALL("") uninstalls the handler — the next error is uncaught (exit 1)
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
ON ERR CALL("onerr_uninstall")
throw(1; "handled")
ON ERR CALL("")
ALERT("handler removed")
throw(2; "not handled anymore")
ALERT("must not print")

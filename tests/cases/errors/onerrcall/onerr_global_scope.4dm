// language.md §11.2: ON ERR CALL(method; ek global) handles errors of every process, including the current one
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
ON ERR CALL("onerr_global_scope"; ek global)
ALERT(Method called on error(ek global))
throw(31; "global")
ALERT("after")
ON ERR CALL(""; ek global)

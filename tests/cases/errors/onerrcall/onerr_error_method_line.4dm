// language.md §11.2: in the handler, Error method and Error line name the failing method and its line
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	ALERT("method: "+Error method)
	ALERT("line: "+String(Error line))
	return
End if
ON ERR CALL("onerr_error_method_line")
throw(1; "x")
ON ERR CALL("")

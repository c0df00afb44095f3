// language.md §11.4: an ON ERR CALL handler installed inside the Try block is called instead of Catch, execution goes on in the block
#DECLARE($mode : Text)
If (Count parameters=0) & (Num(Error)#0)
	// called by ON ERR CALL (no parameters, Error is set)
	ALERT("handler: "+String(Error))
	return
End if
Try
	ON ERR CALL("catch_on_err_call_inside_try")
	throw(9; "nine")
	ALERT("try block continues")
	ON ERR CALL("")
Catch
	ALERT("catch (must not print)")
End try
ALERT("end")

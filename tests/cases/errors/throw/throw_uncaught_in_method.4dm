// language.md §15: an uncaught error in a called method aborts the whole script (exit 1); stderr names the method
#DECLARE($mode : Text)
If ($mode="sub")
	ALERT("sub before")
	throw(78; "deep failure")
	ALERT("sub: must not print")
	return
End if
ALERT("main before")
throw_uncaught_in_method("sub")
ALERT("main: must not print")

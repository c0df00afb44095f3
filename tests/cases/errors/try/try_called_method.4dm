// language.md §11.3: an error in a called method stops that method and returns control to the innermost Try
#DECLARE($mode : Text)
If ($mode="fail")
	ALERT("helper: before")
	throw(7; "seven")
	ALERT("helper: after (must not print)")
	return
End if
Try(try_called_method("fail"))
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
ALERT("main continues")

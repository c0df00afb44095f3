// language.md §11.4 / §11.5: a deferred error thrown by a called method jumps to Catch when that method returns
#DECLARE($mode : Text)
If ($mode="thrower")
	throw({errCode: 42; message: "late"; deferred: True})
	ALERT("thrower continues after deferred throw")
	return
End if
Try
	catch_deferred_from_method("thrower")
	ALERT("must not print")
Catch
	ALERT("caught "+String(Last errors[0].errCode)+" "+Last errors[0].message)
End try

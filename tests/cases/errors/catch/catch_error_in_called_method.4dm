// language.md §11.4: an error in a called method stops the method and jumps to the caller's Catch
#DECLARE($mode : Text)
var $o : Object:=Null  // assigned Null: reading a property fails (§4.7)
If ($mode="fail")
	ALERT("helper start")
	ALERT($o.name)
	ALERT("helper: must not print")
	return
End if
Try
	catch_error_in_called_method("fail")
	ALERT("caller: must not print")
Catch
	ALERT("caught in caller")
End try

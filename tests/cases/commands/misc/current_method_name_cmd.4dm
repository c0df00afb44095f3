// language.md §7.5 / §15: Current method name is the running method; a script runs as the method named after its file stem
#DECLARE($mode : Text)
If ($mode="inner")
	ALERT("inner: "+Current method name)
	return
End if
ALERT(Current method name)
current_method_name_cmd("inner")
ALERT(Current method name:C684)

  // language.md §3.3: OK is a process system variable that code can set and test
OK:=1
ALERT(String(OK))
OK:=0
If (OK=0)
	ALERT("OK is zero")
End if 

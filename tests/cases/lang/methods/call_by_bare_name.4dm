// language.md §7.1: MyMethod alone (no parentheses) or MyMethod() calls a method as a statement
If (OK=12345)
	ALERT("inner")
Else 
	OK:=12345
	call_by_bare_name
	call_by_bare_name()
	OK:=1
	ALERT("outer done")
End if 

// language.md §1.1/§1.6: method names may contain spaces (called by the full name)
C_LONGINT($1;$0)
If (Count parameters=0)
	ALERT(String(spaced method name(20)))
Else 
	$0:=$1+1
End if 

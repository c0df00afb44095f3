  // language.md §3.3/§10: a process started with New process sees interprocess variables, not the creator's process variables
C_TEXT($1)
If (Count parameters=0)
	<>vIpForChild:="ip value"
	vIpNotForChild:="p value"
	$n:=New process("ip_new_process";0;"ip child";"child")
Else 
	C_TEXT(vIpNotForChild)
	ALERT(<>vIpForChild+" ["+vIpNotForChild+"]")
End if 

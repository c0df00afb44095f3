  // language.md §3.3: an interprocess variable is visible in every method
C_LONGINT($1)
If (Count parameters=0)
	<>vIpTotal:=100
	ip_visible_in_called_method(5)
	ip_visible_in_called_method(6)
	ALERT(String(<>vIpTotal))
Else 
	<>vIpTotal:=<>vIpTotal+$1
End if 

  // language.md §7.1/§7.3: recursion returning values through $0
C_LONGINT($1;$0)
If (Count parameters=0)
	ALERT(String(lm_recursion_factorial(10)))
Else 
	If ($1<=1)
		$0:=1
	Else 
		$0:=$1*lm_recursion_factorial($1-1)
	End if 
End if 

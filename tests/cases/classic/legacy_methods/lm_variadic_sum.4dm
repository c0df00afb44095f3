  // language.md §7.4: ${$i} reads parameter $i computed at runtime, For($i;1;Count parameters)
C_REAL(${1})
C_REAL($0)
C_LONGINT($i)
If (Count parameters=0)
	ALERT(String(lm_variadic_sum(1;2;3;4)))
	ALERT(String(lm_variadic_sum(10)))
	ALERT(String(lm_variadic_sum(0.5;0.25)))
Else 
	$0:=0
	For ($i;1;Count parameters)
		$0:=$0+${$i}
	End for 
End if 

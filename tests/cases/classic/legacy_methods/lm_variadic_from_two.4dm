  // language.md §7.4: For($i;2;Count parameters) … ${$i} skips the first parameter
C_TEXT($1)
C_TEXT(${2})
C_TEXT($0)
C_LONGINT($i)
If (Count parameters=0)
	ALERT(lm_variadic_from_two(", ";"red";"green";"blue"))
	ALERT("["+lm_variadic_from_two("-")+"]")
Else 
	For ($i;2;Count parameters)
		If ($i>2)
			$0:=$0+$1
		End if 
		$0:=$0+${$i}
	End for 
End if 

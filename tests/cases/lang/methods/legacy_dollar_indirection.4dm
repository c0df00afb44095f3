  // language.md §7.2/§7.4: ${$i} reads parameter i computed at runtime; C_TEXT(${1})
C_TEXT(${1})
C_TEXT($0)
C_LONGINT($i)
If (Count parameters=0)
	ALERT(legacy_dollar_indirection("a"; "b"; "c"))
	ALERT(legacy_dollar_indirection("solo"))
Else 
	$0:=$1
	For ($i; 2; Count parameters)
		$0:=$0+"-"+${$i}
	End for 
End if 

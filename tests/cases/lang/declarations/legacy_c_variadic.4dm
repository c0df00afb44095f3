  // language.md §3.2: C_TEXT(${2}) types all parameters from 2 on
C_LONGINT($1)
C_TEXT(${2})
C_TEXT($0)
C_LONGINT($i)
If (Count parameters=0)
	ALERT(legacy_c_variadic(2; "a"; "b"; "c"))
	ALERT(legacy_c_variadic(1; "solo"))
Else 
	$0:=$2
	For ($i; 3; Count parameters)
		$0:=$0+("-"*$1)+${$i}
	End for 
End if 

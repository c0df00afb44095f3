  // language.md §3.2/§7.4: C_TEXT(${3}) types every parameter from the 3rd on
C_TEXT($1)
C_LONGINT($2)
C_TEXT(${3})
C_TEXT($0)
C_LONGINT($i)
If (Count parameters=0)
	ALERT(decl_c_variadic_text("<";2;"a";"b";"c"))
	ALERT(decl_c_variadic_text("-";1))
Else 
	$0:=$1+String($2)
	For ($i;3;Count parameters)
		$0:=$0+${$i}
	End for 
End if 

  // language.md §7.4: key/value pairs read with ${$i} and ${$i+1}
C_VARIANT(${1})
C_OBJECT($0)
C_LONGINT($i)
If (Count parameters=0)
	ALERT(JSON Stringify(lm_variadic_object_build("a";1;"b";"two")))
Else 
	$0:=New object
	For ($i;1;Count parameters;2)
		$0[${$i}]:=${$i+1}
	End for 
End if 

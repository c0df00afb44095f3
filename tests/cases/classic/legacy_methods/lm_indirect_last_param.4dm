  // language.md §7.4: ${expr} with any runtime expression, e.g. ${Count parameters} is the last argument
C_TEXT(${1})
C_TEXT($0)
If (Count parameters=0)
	ALERT(lm_indirect_last_param("a";"b";"last"))
Else 
	$0:=${Count parameters}+"/"+${Count parameters-1}
End if 

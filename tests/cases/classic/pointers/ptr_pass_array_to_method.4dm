  // language.md §7.1 + 4D docs: an array is passed to a method through a pointer; the callee fills it
C_POINTER($1)
C_LONGINT($2)
C_LONGINT($i)
If (Count parameters=0)
	ARRAY LONGINT($squares;0)
	ptr_pass_array_to_method(->$squares;4)
	ALERT(String(Size of array($squares)))
	ALERT(String($squares{1})+" "+String($squares{4}))
Else 
	For ($i;1;$2)
		APPEND TO ARRAY($1->;$i*$i)
	End for 
End if 

  // language.md §7.1 + 4D docs: a pointer to an array element passed to a method modifies that element
C_POINTER($1)
If (Count parameters=0)
	ARRAY TEXT($a;3)
	$a{2}:="b"
	ptr_pointer_parameter_to_array_element(->$a{2})
	ALERT($a{1}+"|"+$a{2}+"|"+$a{3})
Else 
	$1->:=Uppercase($1->)+"!"
End if 

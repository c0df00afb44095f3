// language.md §7.2/§7.3: #DECLARE(...) : Type declares the result by type only; return expr returns it
#DECLARE($x : Text) : Text
If (Count parameters=0)
	ALERT(declare_result_type_only("abc"))
	ALERT(declare_result_type_only("x"))
Else 
	return Uppercase($x)+"!"
End if 

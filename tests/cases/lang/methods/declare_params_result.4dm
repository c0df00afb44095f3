// language.md §7.2: #DECLARE with typed parameters and a -> result variable
#DECLARE($a : Integer; $b : Integer) -> $sum : Integer
If (Count parameters=0)
	ALERT(String(declare_params_result(2; 3)))
	ALERT(String(declare_params_result(-4; 10)))
	return 
End if 
$sum:=$a+$b

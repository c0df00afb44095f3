// language.md §7.4: ${n} reads parameter n computed at run time
#DECLARE($mode : Text) -> $sum : Real
var $i : Integer
If (Count parameters>0)
	For ($i; 2; Count parameters)
		$sum:=$sum+${$i}
	End for
	return
End if
ALERT(String(count_parameters_variadic("sum"; 1; 2; 3.5)))
ALERT(String(count_parameters_variadic("sum")))

// language.md §7.2: variadic #DECLARE($label : Text; ... : Real), read with ${$i}
#DECLARE($label : Text; ... : Real) -> $r : Text
If (Count parameters=0)
	ALERT(declare_variadic("sum"; 1; 2; 3.5))
	ALERT(declare_variadic("none"))
	return 
End if 
var $total : Real
var $i : Integer
For ($i; 2; Count parameters)
	$total:=$total+${$i}
End for 
$r:=$label+"="+String($total)

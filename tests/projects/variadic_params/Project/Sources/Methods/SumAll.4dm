#DECLARE(... : Real) -> $total : Real
var $i : Integer
For ($i; 1; Count parameters)
	$total:=$total+${$i}
End for

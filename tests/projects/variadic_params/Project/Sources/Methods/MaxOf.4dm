#DECLARE($first : Real; ... : Real) -> $m : Real
var $i : Integer
$m:=$first
For ($i; 2; Count parameters)
	If (${$i}>$m)
		$m:=${$i}
	End if
End for

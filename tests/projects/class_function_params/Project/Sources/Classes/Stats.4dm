Function sum(... : Real) -> $total : Real
	var $i : Integer
	For ($i; 1; Count parameters)
		$total:=$total+${$i}
	End for

Function label($name : Text; $n : Integer) -> $t : Text
	$t:="["+$name+"|"+String($n)+"|"+String(Count parameters)+"]"

Function legacy
	C_TEXT($0)
	C_LONGINT($i)
	For ($i; Count parameters; 1; -1)
		$0:=$0+${$i}
	End for

Function mean($first : Real; ... : Real) -> $m : Real
	var $i : Integer
	$m:=$first
	For ($i; 2; Count parameters)
		$m:=$m+${$i}
	End for
	$m:=$m/Count parameters

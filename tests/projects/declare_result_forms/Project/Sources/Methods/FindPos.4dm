#DECLARE($c : Collection; $x : Variant) -> $pos : Integer
var $i : Integer
$pos:=-1
For ($i; 0; $c.length-1)
	If ($c[$i]=$x)
		return $i
	End if
End for

#DECLARE($v : Variant) -> $r : Variant
If (Undefined($v))
	$r:="undefined"
Else
	$r:=$v
End if

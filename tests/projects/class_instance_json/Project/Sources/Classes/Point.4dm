Class constructor($x : Real; $y : Real)
	This.x:=$x
	This.y:=$y

Function sum() -> $r : Real
	$r:=This.x+This.y

Function dist($other : cs.Point) -> $d : Real
	$d:=Square root((($other.x-This.x)^2)+(($other.y-This.y)^2))

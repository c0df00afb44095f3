Class constructor($r : Real)
	This.r:=$r

Function get diameter() -> $d : Real
	$d:=This.r*2

Function get area() -> $a : Real
	$a:=This.r*This.r*3.14159

Class constructor($a : Real; $b : Real)
	This.a:=$a
	This.b:=$b

Function product() -> $r : Real
	$r:=This.a*This.b

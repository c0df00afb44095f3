Class constructor($from : cs.Point; $to : cs.Point)
	This.from:=$from
	This.to:=$to

Function get length() -> $len : Real
	$len:=This.from.dist(This.to)

Class constructor($x : Real; $y : Real)
	This.x:=$x
	This.y:=$y

Function toString() -> $t : Text
	$t:="("+String(This.x)+","+String(This.y)+")"

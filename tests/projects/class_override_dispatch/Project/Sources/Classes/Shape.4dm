Class constructor()
	This.size:=0

Function area() -> $a : Real
	$a:=0

Function label() -> $t : Text
	$t:="shape"

Function report() -> $t : Text
	$t:=This.label()+" area="+String(This.area())

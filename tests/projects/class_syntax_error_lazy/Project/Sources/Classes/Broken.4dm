Class constructor()
	This.a:=1
	This.b:=(2 +* 3)

Function f() -> $t : Text
	$t:="never"

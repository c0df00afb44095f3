Class constructor($name : Text)
	This.name:=$name

Function greet($greeting : Text) -> $t : Text
	$t:=$greeting+", "+This.name

Function add($a : Real; $b : Real) -> $r : Real
	$r:=$a+$b

Function argc() -> $n : Integer
	$n:=Count parameters

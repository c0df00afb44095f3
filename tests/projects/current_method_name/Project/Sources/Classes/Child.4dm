Class extends Person

Function own() -> $r : Text
	$r:=Current method name

Function describe() -> $r : Text
	$r:=Current method name+">"+Super.describe()

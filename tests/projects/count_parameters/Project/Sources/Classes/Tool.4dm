Class constructor($x; $y)
	This.ctorCount:=Count parameters

Function args($a; $b) -> $n : Integer
	$n:=Count parameters

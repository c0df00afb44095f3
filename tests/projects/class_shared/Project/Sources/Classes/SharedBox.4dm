shared Class constructor($n : Integer)
	This.n:=$n

shared Function inc()
	This.n:=This.n+1

Function plainInc()
	This.n:=This.n+1

Function twice() -> $r : Integer
	$r:=This.n*2

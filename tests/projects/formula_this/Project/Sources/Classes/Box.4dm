Class constructor($v : Integer)
	This.val:=$v
	This.double:=Formula(This.val*2)

Function makeGetter() -> $f : 4D.Function
	$f:=Formula(This.val)

Function callStored($n : Integer) -> $r : Integer
	$r:=This.double()+$n

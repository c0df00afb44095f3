property x; y : Real
Class constructor($x : Real; $y : Real)
	This.x:=$x
	This.y:=$y
Function scaled($k : Real) : cs.Point
	return cs.Point.new(This.x*$k; This.y*$k)
Function args($a : Integer) : Integer
	return Count parameters

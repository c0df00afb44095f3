Class constructor($w : Real; $h : Real)
	This.w:=$w
	This.h:=$h

Function area
	C_REAL($0)
	$0:=This.w*This.h

Function perimeter() : Real
	return (This.w+This.h)*2

Function scale($k : Real) -> $self : cs.Shape
	This.w:=This.w*$k
	This.h:=This.h*$k
	$self:=This

Function describe()->$t : Text
	$t:="w="+String(This.w)+" h="+String(This.h)+" area="+String(This.area())

Function noop

Function _hidden() -> $t : Text
	$t:="hidden"

Function args($a : Integer) -> $n : Integer
	$n:=Count parameters

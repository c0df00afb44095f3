Class extends Shape

Class constructor($w : Real; $h : Real)
	Super()
	This.w:=$w
	This.h:=$h
	This.size:=This.area()

Function area() -> $a : Real
	$a:=This.w*This.h

Function label() -> $t : Text
	$t:="rect"

Class extends Shape

Class constructor($side : Real)
	Super("square")
	This.side:=$side
	This.sides:=4

Function get area() : Real
	return This.side*This.side

Function describe() : Text
	return "["+Super.describe()+"]"

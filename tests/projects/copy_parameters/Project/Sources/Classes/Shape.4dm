property name : Text
property sides : Integer := 0

Class constructor($name : Text)
	This.name:=$name

Function describe() : Text
	return This.name+" with "+String(This.sides)+" sides, area "+String(This.area)

Function get area() : Real
	return 0

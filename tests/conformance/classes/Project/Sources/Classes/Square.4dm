// Super page: Square extends Rectangle
Class extends Rectangle

Class constructor($side : Integer)
	Super($side; $side)
	This.name:="Square"

Function description
	var $0 : Text
	$0:=Super.nbSides()+" which are all equal"

Function getArea() -> $area : Integer
	$area:=This.height*This.width

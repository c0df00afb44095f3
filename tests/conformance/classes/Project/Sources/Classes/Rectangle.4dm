// Classes page example 1 and Super page: Rectangle
property name : Text
property height; width : Integer

Class constructor($width : Integer; $height : Integer)
	This.name:="Rectangle"
	This.height:=$height
	This.width:=$width

Function getArea()->$result : Integer
	$result:=(This.height)*(This.width)

Function getRectArea($width : Integer; $height : Integer) : Integer
	If ($width > 0 && $height > 0)
		return $width * $height
	Else
		return 0
	End if

Function sayName() : Text
	return "Hi, I am a "+This.name+"."

Function nbSides
	var $0 : Text
	$0:="I have 4 sides"

// OB Instance of / OB Class pages: Polygon
Class constructor
	var $1; $2 : Integer
	This.area:=$1*$2

Class extends Parent

Class constructor($v : Integer)
	Super($v*2)
	This.w:=$v

Class constructor($v : Integer)
	This.v:=$v

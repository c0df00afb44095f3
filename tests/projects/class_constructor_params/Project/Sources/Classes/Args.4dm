Class constructor($a; $b)
	This.n:=Count parameters

Class extends Person

Class constructor($first : Text; $last : Text; $dept : Text)
	Super($first; $last)
	This.dept:=$dept

Function get badge() -> $r : Text
	$r:="E:"+This.dept+":"+This.last

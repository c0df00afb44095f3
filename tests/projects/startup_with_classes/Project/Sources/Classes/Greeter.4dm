Class constructor($greeting : Text)
	This.greeting:=$greeting

Function say($name : Text) -> $r : Text
	$r:=This.greeting+", "+$name+"!"

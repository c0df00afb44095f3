Class constructor($name : Text; $age : Integer)
	This.name:=$name
	This.age:=$age

Function greet() -> $t : Text
	$t:=This.name+"("+String(This.age)+")"

Class constructor($name : Text)
	This.name:=$name
	This.kind:="animal"

Function speak() -> $t : Text
	$t:=This.name+" makes a sound"

Function describe() -> $t : Text
	$t:="Animal("+This.name+")"

Function who() -> $t : Text
	$t:="I am "+This.name

Function intro() -> $t : Text
	$t:="Intro: "+This.speak()

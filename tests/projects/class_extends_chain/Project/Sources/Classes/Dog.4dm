Class extends Mammal

Class constructor($name : Text)
	Super($name; 4)
	This.kind:="dog"

Function speak() -> $t : Text
	$t:=This.name+" barks"

Function describe() -> $t : Text
	$t:="Dog["+Super.describe()+"]"

Function parentSpeak() -> $t : Text
	$t:=Super.speak()

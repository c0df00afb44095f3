Class extends Animal

Class constructor($name : Text; $legs : Integer)
	Super($name)
	This.legs:=$legs
	This.kind:="mammal"

Function describe() -> $t : Text
	$t:="Mammal<"+Super.describe()+">"

Function walk() -> $t : Text
	$t:=This.name+" walks on "+String(This.legs)+" legs"

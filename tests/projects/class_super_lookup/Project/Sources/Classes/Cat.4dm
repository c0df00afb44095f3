Class extends Mammal

Class constructor($name : Text)
	Super($name; 4)

Function speak() -> $t : Text
	$t:=This.name+" meows"

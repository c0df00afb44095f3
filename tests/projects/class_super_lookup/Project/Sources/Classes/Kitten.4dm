Class extends Cat

Class constructor($name : Text)
	Super($name)
	This.young:=True

Function describe() -> $t : Text
	$t:="Kitten{"+Super.describe()+"}"

Function speak() -> $t : Text
	$t:=Super.speak()+" softly"

Function sum($a : Integer; $b : Integer) -> $r : Text
	$r:=Super.who()+" "+String($a+$b)

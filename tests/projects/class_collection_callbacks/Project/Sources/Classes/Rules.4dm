Function isAdult($e : Object) -> $r : Boolean
	$r:=$e.value.age>=18

Function isMinor($e : Object) -> $r : Boolean
	$r:=$e.value.age<18

Function nameOf($e : Object) -> $r : Text
	$r:=Uppercase($e.value.name)

Function olderThan($e : Object; $min : Integer) -> $r : Boolean
	$r:=$e.value.age>$min

Function sumAges($e : Object) -> $r : Real
	$e.accumulator:=$e.accumulator+$e.value.age
	$r:=$e.accumulator

Function byAge($e : Object) -> $r : Boolean
	$r:=$e.value.age<$e.value2.age

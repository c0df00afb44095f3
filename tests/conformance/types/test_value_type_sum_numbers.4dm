// Doc: https://developer.4d.com/docs/commands/value-type#example-2
// Summing the elements whose Value type is Is real gives 95
var $col : Collection:=New collection("Hello"; 20; "World2"; 15; 50; Current date; True; 10)
var $sum : Real
var $i : Integer
For ($i; 0; $col.length-1)
	If (Value type($col[$i])=Is real)
		$sum:=$sum+$col[$i]
	End if
End for
ASSERT($sum=95; "gave "+String($sum))

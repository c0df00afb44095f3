// Doc: https://developer.4d.com/docs/Concepts/operators#compound-assignment-operators
// -= on numbers and dates ($x1=5, !2000-10-31!)
var $x1 : Integer:=10
$x1-=5
ASSERT($x1=5; "x1 "+String($x1))
var $d1 : Date:=!2000-11-10!
$d1-=10
ASSERT($d1=!2000-10-31!; "d1 "+String($d1; ISO date))

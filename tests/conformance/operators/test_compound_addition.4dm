// Doc: https://developer.4d.com/docs/Concepts/operators#compound-assignment-operators
// += on numbers, text and dates ($x=7, "Hello World", !2000-11-20!)
var $x : Integer:=2
$x+=5
ASSERT($x=7; "x "+String($x))
var $t : Text:="Hello"
$t+=" World"
ASSERT($t="Hello World"; "t "+$t)
var $d : Date:=!2000-11-10!
$d+=10
ASSERT($d=!2000-11-20!; "d "+String($d; ISO date))

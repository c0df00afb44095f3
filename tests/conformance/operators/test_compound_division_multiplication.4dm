// Doc: https://developer.4d.com/docs/Concepts/operators#compound-assignment-operators
// Follows: the 4D 21 page ($x2=50); an older page said "$x2=10", a typo (language.md §14.19)
// /= and *= on numbers ($x3=5, $x2=50)
var $x3 : Real:=10
$x3/=2
ASSERT($x3=5; "x3 "+String($x3))
var $x2 : Real:=10
$x2*=5
ASSERT($x2=50; "x2 "+String($x2))

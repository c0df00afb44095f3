// Doc: https://developer.4d.com/docs/Concepts/dt_number
// Follows: language.md §2 [Decision] (rounding half away from zero); the page only says "truncating or rounding"
// Any number type can be assigned to another; 4D truncates or rounds if necessary
var $i : Integer
$i:=3.7
ASSERT($i=4; "3.7 gave "+String($i))
$i:=-2.5
ASSERT($i=-3; "-2.5 gave "+String($i))

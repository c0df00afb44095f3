// Doc: https://developer.4d.com/docs/Concepts/dt_number#precedence
// 3+4*5 returns 35 (strict left to right); 3+(4*5) returns 23
var $r : Real:=3+4*5
ASSERT($r=35; "3+4*5 gave "+String($r))
$r:=3+(4*5)
ASSERT($r=23; "3+(4*5) gave "+String($r))

// Doc: https://developer.4d.com/docs/Concepts/dt_number#precedence
// Parentheses can be nested inside other sets of parentheses
var $r : Real:=2*(3+(4*(1+1)))
ASSERT($r=22; "gave "+String($r))
$r:=10-2-3
ASSERT($r=5; "10-2-3 gave "+String($r))

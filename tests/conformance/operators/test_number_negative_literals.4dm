// Doc: https://developer.4d.com/docs/Concepts/dt_number#number-literals
// Negative numbers are written with the minus sign: -27, -123.76, -0.0076
var $a : Real:=-27
var $b : Real:=-123.76
var $c : Real:=-0.0076
ASSERT($a+27=0; "a")
ASSERT($b+123.76=0; "b")
ASSERT($c+0.0076=0; "c")
ASSERT(String(-0.0076)="-0.0076"; "string gave "+String(-0.0076))

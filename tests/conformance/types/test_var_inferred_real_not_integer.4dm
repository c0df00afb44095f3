// Doc: https://developer.4d.com/docs/Concepts/variables#initializing-variables-in-the-declaration-line
// var $a:=10 infers Real, not Integer: it can hold decimals
var $a:=10
$a:=$a/4
ASSERT($a=2.5; "gave "+String($a))

// Doc: https://developer.4d.com/docs/Concepts/operators#a-simple-example
// ($age>=21) ? "Beer" : "Juice" gives "Beer" for 26
var $age : Integer:=26
var $beverage : Text
$beverage:=($age>=21) ? "Beer" : "Juice"
ASSERT($beverage="Beer"; "gave "+$beverage)
$age:=12
$beverage:=($age>=21) ? "Beer" : "Juice"
ASSERT($beverage="Juice"; "gave "+$beverage)

// Doc: https://developer.4d.com/docs/commands/num#example-2
// ("Good"*Num(debt<1000))+("Bad"*Num(debt>=1000)) picks one word
var $debt : Real:=500
var $risk : Text:=("Good"*Num($debt<1000))+("Bad"*Num($debt>=1000))
ASSERT($risk="Good"; "gave "+$risk)
$debt:=5000
$risk:=("Good"*Num($debt<1000))+("Bad"*Num($debt>=1000))
ASSERT($risk="Bad"; "gave "+$risk)

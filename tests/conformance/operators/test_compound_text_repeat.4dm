// Doc: https://developer.4d.com/docs/Concepts/operators#compound-assignment-operators
// Follows: the Examples section ($t2*=2); the table's example "$t*="abc"" has a Text right operand, contradicting its own "Text *= Number" row
// Text *= Number repeats the text ("Hello"*=2 gives "HelloHello")
var $t2 : Text:="Hello"
$t2*=2
ASSERT($t2="HelloHello"; "gave "+$t2)

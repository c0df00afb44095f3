// Doc: https://developer.4d.com/docs/commands/super#example-2
// Super.nbSides() calls the superclass function: "I have 4 sides which are all equal"
var $square : Object
var $message : Text
$square:=cs.Square.new()
$message:=$square.description()
ASSERT($message="I have 4 sides which are all equal"; "gave "+$message)

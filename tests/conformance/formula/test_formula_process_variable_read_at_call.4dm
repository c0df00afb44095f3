// Doc: https://developer.4d.com/docs/commands/formula#description
// Only local variables are copied at creation; a process variable is read when the formula runs
vGreeting:="Hello"
var $f : 4D.Function:=Formula(vGreeting)
vGreeting:="Bye"
ASSERT($f.call()="Bye"; "gave "+$f.call())

// Doc: https://developer.4d.com/docs/commands/formula-from-string#description
// A text formula uses $1…$n for its parameters
var $f : 4D.Function:=Formula from string("$1+\" \"+$2")
ASSERT($f.call(Null; "Hello"; "World")="Hello World"; "gave "+$f.call(Null; "Hello"; "World"))

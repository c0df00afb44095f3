// Doc: https://developer.4d.com/docs/API/FunctionClass#passing-parameters
// $f.call(Null;"Hello";"World") returns "Hello World"
var $f : 4D.Function:=Formula($1+" "+$2)
var $text : Text:=$f.call(Null; "Hello"; "World")
ASSERT($text="Hello World"; "gave "+$text)
$text:=$f.call(Null; "Welcome to"; String(Year of(Current date)))
ASSERT($text="Welcome to "+String(Year of(Current date)); "gave "+$text)

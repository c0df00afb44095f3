// Doc: https://developer.4d.com/docs/API/FunctionClass#parameters-to-a-single-method
// Formula(myMethod) forwards the call's parameters to the method
var $f : 4D.Function:=Formula(myMethod)
var $text : Text:=$f.call(Null; "Hello"; "World")
ASSERT($text="Hello World"; "gave "+$text)
$text:=$f.call()
ASSERT($text="How are you?"; "gave "+$text)

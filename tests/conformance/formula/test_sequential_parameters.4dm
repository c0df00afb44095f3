// Doc: https://developer.4d.com/docs/API/FunctionClass#passing-parameters
// $1, $2… are the formula's parameters in call order: "Hello Smith, John"
var $f : Object:=New object
$f.message:=Formula("Hello "+$2+", "+$1)
ASSERT($f.message("John"; "Smith")="Hello Smith, John"; "gave "+$f.message("John"; "Smith"))

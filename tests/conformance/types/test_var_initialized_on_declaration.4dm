// Doc: https://developer.4d.com/docs/Concepts/variables#initializing-variables-in-the-declaration-line
// var $a : Text:="hello", var $b : Date:=!2023-09-12!, var $c : Object:=New object()
var $a : Text:="hello"
var $b : Date:=!2023-09-12!
var $c : Object:=New object()
ASSERT($a="hello"; "a")
ASSERT($b=!2023-09-12!; "b")
ASSERT(OB Is empty($c); "c")

// Doc: https://developer.4d.com/docs/Concepts/dt_object#examples
// Object notation and OB SET/OB Get mix: 56, 42, 10
var $myObj : Object:={}
$myObj.age:=56
ASSERT($myObj.age=56; "notation")
var $myObj2 : Object
OB SET($myObj2; "age"; 42)
ASSERT(OB Get($myObj2; "age")=42; "commands")
var $myObj3 : Object
OB SET($myObj3; "age"; 10)
ASSERT($myObj3.age=10; "mixed")

// Doc: https://developer.4d.com/docs/commands/new-object#example-1
// New object creates empty or filled objects
var $obj1; $obj2; $obj3 : Object
$obj1:=New object
$obj2:=New object("name"; "Smith")
$obj3:=New object("name"; "Smith"; "age"; 40)
ASSERT(JSON Stringify($obj1)="{}"; "1")
ASSERT(JSON Stringify($obj2)="{\"name\":\"Smith\"}"; "2")
ASSERT(JSON Stringify($obj3)="{\"name\":\"Smith\",\"age\":40}"; "3")

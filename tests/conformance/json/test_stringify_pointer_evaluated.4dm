// Doc: https://developer.4d.com/docs/commands/json-stringify#example-4
// A pointer is evaluated when stringified: "" then "Smith"
var $MyTestVar : Object
var $name; $jsonstring : Text
OB SET($MyTestVar; "name"; ->$name)
$jsonstring:=JSON Stringify($MyTestVar)
ASSERT($jsonstring="{\"name\":\"\"}"; "1: "+$jsonstring)
$name:="Smith"
$jsonstring:=JSON Stringify($MyTestVar)
ASSERT($jsonstring="{\"name\":\"Smith\"}"; "2: "+$jsonstring)

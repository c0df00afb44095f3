// Doc: https://developer.4d.com/docs/commands/json-parse#example-1
// JSON Parse of an object text gives a 4D object
var $o : Object:=JSON Parse("{\"name\":\"john\"}")
ASSERT($o.name="john"; "gave "+JSON Stringify($o))

// Doc: https://developer.4d.com/docs/commands/ob-remove#example
// OB REMOVE removes a property and its value
var $Object : Object
OB SET($Object; "name"; "smith"; "age"; 42; "client"; True)
OB REMOVE($Object; "age")
ASSERT(JSON Stringify($Object)="{\"name\":\"smith\",\"client\":true}"; "gave "+JSON Stringify($Object))

// Doc: https://developer.4d.com/docs/commands/ob-set#example-2
// OB SET stores text, number and Boolean values
var $Object : Object
OB SET($Object; "LastName"; "smith"; "age"; 42; "client"; True)
ASSERT(JSON Stringify($Object)="{\"LastName\":\"smith\",\"age\":42,\"client\":true}"; "gave "+JSON Stringify($Object))

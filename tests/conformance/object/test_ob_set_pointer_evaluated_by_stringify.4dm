// Doc: https://developer.4d.com/docs/commands/ob-set#example-6
// A pointer value is kept as such and evaluated by JSON Stringify
var $Object : Object:=New object("FirstName"; "Paul")
var $LastName : Text
OB SET($Object; "LastName"; ->$LastName)
ASSERT(JSON Stringify($Object)="{\"FirstName\":\"Paul\",\"LastName\":\"\"}"; "gave "+JSON Stringify($Object))
$LastName:="Wesson"
ASSERT(JSON Stringify($Object)="{\"FirstName\":\"Paul\",\"LastName\":\"Wesson\"}"; "gave "+JSON Stringify($Object))

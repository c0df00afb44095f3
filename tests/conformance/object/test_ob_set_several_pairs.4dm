// Doc: https://developer.4d.com/docs/commands/ob-set#example-1
// OB SET creates the object and several properties at once
var $Object : Object
OB SET($Object; "FirstName"; "John"; "LastName"; "Smith")
ASSERT(JSON Stringify($Object)="{\"FirstName\":\"John\",\"LastName\":\"Smith\"}"; "gave "+JSON Stringify($Object))

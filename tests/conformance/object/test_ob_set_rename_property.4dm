// Doc: https://developer.4d.com/docs/commands/ob-set#example-5
// Follows: the code; the example's comments show a stray "nom" property and an extra quote
// Renaming a property: OB SET a copy under the new name, then OB REMOVE the old one
var $Object : Object
OB SET($Object; "LastName"; "James"; "age"; 35)
OB SET($Object; "FirstName"; OB Get($Object; "LastName"))
OB REMOVE($Object; "LastName")
ASSERT(JSON Stringify($Object)="{\"age\":35,\"FirstName\":\"James\"}"; "gave "+JSON Stringify($Object))

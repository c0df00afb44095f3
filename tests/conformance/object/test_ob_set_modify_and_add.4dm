// Doc: https://developer.4d.com/docs/commands/ob-set#example-3
// OB SET updates an existing property and adds a new one at the end
var $Object : Object:=New object("FirstName"; "John"; "LastName"; "Smith")
OB SET($Object; "FirstName"; "Paul")
OB SET($Object; "department"; "Accounting")
ASSERT(JSON Stringify($Object)="{\"FirstName\":\"Paul\",\"LastName\":\"Smith\",\"department\":\"Accounting\"}"; "gave "+JSON Stringify($Object))

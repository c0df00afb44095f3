// Doc: https://developer.4d.com/docs/commands/json-stringify#example-5
// Follows: creation order of the properties (as OB Keys documents); the example's result lists them in another order
// A serialized object holds text, a number and a text that looks like an array
var $Contact : Object
OB SET($Contact; "firstname"; "Alan")
OB SET($Contact; "lastname"; "Monroe")
OB SET($Contact; "age"; 40)
OB SET($Contact; "phone"; "[555-0100,555-0120]")
var $t : Text:=JSON Stringify($Contact)
ASSERT($t="{\"firstname\":\"Alan\",\"lastname\":\"Monroe\",\"age\":40,\"phone\":\"[555-0100,555-0120]\"}"; "gave "+$t)

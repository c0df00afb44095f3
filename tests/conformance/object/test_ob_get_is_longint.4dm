// Doc: https://developer.4d.com/docs/commands/ob-get#example-2
// OB Get(…;Is longint) converts the stored real; without type it stays a real
var $ref : Object
OB SET($ref; "age"; 42.7)
ASSERT(Value type(OB Get($ref; "age"))=Is real; "default type")
var $age : Integer:=OB Get($ref; "age"; Is longint)
ASSERT(($age=42) | ($age=43); "Is longint gave "+String($age))
ASSERT(OB Get($ref; "age"; Is text)="42.7"; "Is text gave "+String(OB Get($ref; "age"; Is text)))

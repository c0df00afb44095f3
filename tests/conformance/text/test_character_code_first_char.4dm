// Doc: https://developer.4d.com/docs/commands/character-code#example-2
// Character code("ABC") returns 65, the code of the first character
var GetCode : Integer:=Character code("ABC")
ASSERT(GetCode=65; "gave "+String(GetCode))

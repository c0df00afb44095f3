// Doc: https://developer.4d.com/docs/commands/position#description
// The @ wildcard is not supported: Position looks for "abc@" literally
ASSERT(Position("abc@"; "abcdef")=0; "wildcard matched")
ASSERT(Position("abc@"; "xabc@")=2; "literal not found")

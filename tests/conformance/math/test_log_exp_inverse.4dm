// Doc: https://developer.4d.com/docs/commands/log#example
// Follows: the example with its missing closing parenthesis added
// String(Log(Exp(1))) displays 1
ASSERT(String(Log(Exp(1)))="1"; "gave "+String(Log(Exp(1))))

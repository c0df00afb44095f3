// Doc: https://developer.4d.com/docs/commands/abs#example
// Abs(-10.3) is 10.3; a positive number is returned unchanged
ASSERT(Abs(-10.3)=10.3; "gave "+String(Abs(-10.3)))
ASSERT(Abs(4)=4; "positive changed")

// Doc: https://developer.4d.com/docs/commands/change-string#description
// Change string keeps the length; "" or where out of range return source unchanged
ASSERT(Change string("abc"; "xyz"; 2)="axy"; "overflow gave "+Change string("abc"; "xyz"; 2))
ASSERT(Change string("abc"; ""; 2)="abc"; "empty newChars")
ASSERT(Change string("abc"; "x"; 0)="abc"; "where 0")
ASSERT(Change string("abc"; "x"; 4)="abc"; "where beyond")

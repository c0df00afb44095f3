// Doc: https://developer.4d.com/docs/commands/num#description
// Num("123-456") is 123, Num("-9") is -9, Num("123e-2") is 1.23
ASSERT(Num("123-456")=123; "1: "+String(Num("123-456")))
ASSERT(Num("-9")=-9; "2: "+String(Num("-9")))
ASSERT(Num("123e-2")=1.23; "3: "+String(Num("123e-2")))

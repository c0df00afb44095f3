// Doc: https://developer.4d.com/docs/commands/num#example-1
// Follows: hyphens; the example prints typographic dashes (–) in "–123" and "–123e2"
// Num("ABCD") 0, "A1B2C3" 123, "123" 123, "123.4" 123.4, "-123" -123, "-123e2" -12300
ASSERT(Num("ABCD")=0; "1")
ASSERT(Num("A1B2C3")=123; "2")
ASSERT(Num("123")=123; "3")
ASSERT(Num("123.4")=123.4; "4")
ASSERT(Num("-123")=-123; "5")
ASSERT(Num("-123e2")=-12300; "6: "+String(Num("-123e2")))

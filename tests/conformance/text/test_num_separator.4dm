// Doc: https://developer.4d.com/docs/commands/num#example-3
// Num("33,333.33";".") evaluates correctly whatever the system
ASSERT(Num("33,333.33"; ".")=33333.33; "gave "+String(Num("33,333.33"; ".")))
ASSERT(Num("12,5"; ",")=12.5; "comma gave "+String(Num("12,5"; ",")))

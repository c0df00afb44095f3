// Doc: https://developer.4d.com/docs/commands/exp#example
// Follows: the description (e = 2.71828…); the example's comment says "2.17828…", a typo
// Exp(1) is e (2.71828…), the e number constant
var vrE : Real:=Exp(1)
ASSERT(String(vrE)="2.718281828459"; "gave "+String(vrE))
ASSERT(vrE=e number; "e number constant gave "+String(e number))

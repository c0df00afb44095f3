// Doc: https://developer.4d.com/docs/Concepts/dt_string#string-operators
// "abc"+"def" = "abcdef"; "ab"*3 = "ababab"
ASSERT(("abc"+"def")="abcdef"; "concatenation")
ASSERT(("ab"*3)="ababab"; "repetition gave "+("ab"*3))

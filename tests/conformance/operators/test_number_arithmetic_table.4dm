// Doc: https://developer.4d.com/docs/Concepts/dt_number#number-operators
// 2+3=5, 3-2=1, 5*2=10, 5/2=2.5, 5\2=2, 5%2=1, 2^3=8
ASSERT(2+3=5; "+")
ASSERT(3-2=1; "-")
ASSERT(5*2=10; "*")
ASSERT(5/2=2.5; "/ gave "+String(5/2))
ASSERT(5\2=2; "\\ gave "+String(5\2))
ASSERT(5%2=1; "% gave "+String(5%2))
ASSERT(2^3=8; "^ gave "+String(2^3))

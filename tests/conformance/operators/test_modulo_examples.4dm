// Doc: https://developer.4d.com/docs/Concepts/dt_number#modulo
// 10 % 2 = 0, 10 % 3 = 1, 10.5 % 2 = 0
ASSERT(10%2=0; "10%2 gave "+String(10%2))
ASSERT(10%3=1; "10%3 gave "+String(10%3))
ASSERT(10.5%2=0; "10.5%2 gave "+String(10.5%2))

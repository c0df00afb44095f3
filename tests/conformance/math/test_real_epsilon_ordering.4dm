// Doc: https://developer.4d.com/docs/Concepts/dt_number#real-comparison
// Reals closer than epsilon (1e-6) compare equal, so neither is less than the other
ASSERT(1.00000001=1; "not equal")
ASSERT(Not(1<1.00000001); "1 < 1.00000001 under epsilon")
ASSERT(1<1.01; "1 < 1.01")

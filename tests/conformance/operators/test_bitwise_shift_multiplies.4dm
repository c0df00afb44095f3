// Doc: https://developer.4d.com/docs/Concepts/dt_number#bitwise-operators
// For positive values, << N multiplies by 2^N and >> N divides by 2^N
ASSERT((5 << 3)=40; "5<<3 gave "+String(5 << 3))
ASSERT((40 >> 3)=5; "40>>3 gave "+String(40 >> 3))

// Doc: https://developer.4d.com/docs/Concepts/dt_number#real-comparison
// Real equality compares the absolute difference with epsilon (10^-6 by default)
ASSERT(0.1+0.2=0.3; "0.1+0.2 # 0.3")
ASSERT(1.0000001=1; "difference below epsilon")
ASSERT(Not(1.001=1); "difference above epsilon")

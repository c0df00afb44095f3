// Doc: https://developer.4d.com/docs/Concepts/dt_time#time-operators
// Time % Time gives a Time (?02:50:00?); Time % Number gives a Number (0)
ASSERT((?20:10:00?%?04:20:00?)=?02:50:00?; "time%time gave "+String(?20:10:00?%?04:20:00?))
ASSERT((?02:03:04?%2)=0; "time%2 gave "+String(?02:03:04?%2))

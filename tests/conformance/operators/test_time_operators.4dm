// Doc: https://developer.4d.com/docs/Concepts/dt_time#time-operators
// Time+Time and Time-Time give times; Time with a Number gives numbers (7449, 7319, 14768, 3692)
ASSERT((?02:03:04?+?01:02:03?)=?03:05:07?; "time+time")
ASSERT((?02:03:04?-?01:02:03?)=?01:01:01?; "time-time")
ASSERT((?02:03:04?+65)=7449; "time+65 gave "+String(?02:03:04?+65))
ASSERT((?02:03:04?-65)=7319; "time-65 gave "+String(?02:03:04?-65))
ASSERT((?02:03:04?*2)=14768; "time*2 gave "+String(?02:03:04?*2))
ASSERT((?02:03:04?/2)=3692; "time/2 gave "+String(?02:03:04?/2))
ASSERT((?02:03:04?\2)=3692; "time\\2 gave "+String(?02:03:04?\2))

// Doc: https://developer.4d.com/docs/commands/date#description
// Follows: a US system (month/day/year)
// Two-digit years: >= 30 is 19xx, < 30 is 20xx
ASSERT(Year of(Date("01/02/30"))=1930; "30 gave "+String(Year of(Date("01/02/30"))))
ASSERT(Year of(Date("01/02/29"))=2029; "29 gave "+String(Year of(Date("01/02/29"))))

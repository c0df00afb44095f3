// Doc: https://developer.4d.com/docs/commands/month-of#example-1
// Month of returns the number of the month (12), comparable with the month constants
ASSERT(Month of(!1992-12-25!)=12; "gave "+String(Month of(!1992-12-25!)))
ASSERT(Month of(!1992-12-25!)=December; "December constant")
ASSERT(Month of(!2020-02-01!)=February; "February constant")

// Doc: https://developer.4d.com/docs/commands/choose#example-2
// Choose(status;"Single";"Married";"Widowed";"Divorced"): position 0 is the first value
ASSERT(Choose(0; "Single"; "Married"; "Widowed"; "Divorced")="Single"; "0")
ASSERT(Choose(2; "Single"; "Married"; "Widowed"; "Divorced")="Widowed"; "2")

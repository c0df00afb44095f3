// Doc: https://developer.4d.com/docs/Concepts/dt_date#date-operators
// Date - Date = 19 days; Date + 9 and Date - 9 give dates
ASSERT((!2017-01-20!-!2017-01-01!)=19; "difference gave "+String(!2017-01-20!-!2017-01-01!))
ASSERT((!2017-01-20!+9)=!2017-01-29!; "addition")
ASSERT((!2017-01-20!-9)=!2017-01-11!; "subtraction")

// Doc: https://developer.4d.com/docs/commands/day-number#description
// Day of returns the day within the month (Day number gives the weekday)
ASSERT(Day of(!2023-11-27!)=27; "gave "+String(Day of(!2023-11-27!)))

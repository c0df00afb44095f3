// Doc: https://developer.4d.com/docs/commands/string#date-expressions
// String(date;Internal date long) "November 27, 2023"; ISO Date "2023-11-27T00:00:00"
ASSERT(String(!2023-11-27!; Internal date long)="November 27, 2023"; "long: "+String(!2023-11-27!; Internal date long))
ASSERT(String(!2023-11-27!; ISO date)="2023-11-27T00:00:00"; "ISO: "+String(!2023-11-27!; ISO date))
ASSERT(String(!2006-12-29!; Internal date abbreviated)="Dec 29, 2006"; "abbreviated: "+String(!2006-12-29!; Internal date abbreviated))
ASSERT(String(!2006-12-29!; Internal date short)="12/29/2006"; "short: "+String(!2006-12-29!; Internal date short))

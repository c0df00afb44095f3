// Doc: https://developer.4d.com/docs/commands/date#example-2
// Follows: a US system (month/day/year), the regional setting the page's examples assume
// Date("12/25/94") on a US system; "It was the 6/30, we were in 2016" gives 06/30/16; invalid gives 00/00/00
ASSERT(Date("12/25/94")=!1994-12-25!; "1: "+String(Date("12/25/94"); ISO date))
ASSERT(Date("40/40/94")=!00-00-00!; "2: "+String(Date("40/40/94"); ISO date))
ASSERT(Date("It was the 6/30, we were in 2016")=!2016-06-30!; "3: "+String(Date("It was the 6/30, we were in 2016"); ISO date))

// Doc: https://developer.4d.com/docs/commands/add-to-date#description
// Add to date handles month lengths and leap years for you
var $d : Date:=Add to date(!2024-02-29!; 1; 0; 0)
ASSERT(Month of($d)<=3; "gave "+String($d; ISO date))
ASSERT(Add to date(!2023-12-15!; 0; 1; 0)=!2024-01-15!; "next month across the year")
ASSERT(Add to date(!2023-03-10!; 0; -1; 0)=!2023-02-10!; "negative months")

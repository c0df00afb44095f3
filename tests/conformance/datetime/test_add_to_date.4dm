// Doc: https://developer.4d.com/docs/commands/add-to-date#example
// Add to date adds years, months and days; (d;0;0;1) equals d+1
var $d : Date:=!2023-01-31!
ASSERT(Add to date($d; 1; 0; 0)=!2024-01-31!; "one year gave "+String(Add to date($d; 1; 0; 0); ISO date))
ASSERT(Add to date($d; 0; 0; 1)=($d+1); "one day")
ASSERT(Add to date(Current date; 0; 0; 1)=(Current date+1); "tomorrow")

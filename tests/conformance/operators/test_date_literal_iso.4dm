// Doc: https://developer.4d.com/docs/Concepts/dt_date#date-literals
// Date literals use the ISO format !YYYY-MM-DD!
var $d : Date:=!2004-09-29!
ASSERT(Year of($d)=2004; "year")
ASSERT(Month of($d)=9; "month")
ASSERT(Day of($d)=29; "day")

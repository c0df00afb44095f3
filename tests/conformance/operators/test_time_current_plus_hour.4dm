// Doc: https://developer.4d.com/docs/Concepts/dt_time#example-1
// Current time+?01:00:00? is the time in one hour (a Time value)
var $vhSoon : Time:=Current time+?01:00:00?
ASSERT(($vhSoon-Current time)>=3599; "gave "+String($vhSoon))

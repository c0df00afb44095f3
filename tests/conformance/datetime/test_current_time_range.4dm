// Doc: https://developer.4d.com/docs/commands/current-time#description
// Current time is between 00:00:00 and 23:59:59
var $t : Time:=Current time
ASSERT(($t>=?00:00:00?) & ($t<=?23:59:59?); "gave "+String($t))

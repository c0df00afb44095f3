// Doc: https://developer.4d.com/docs/commands/json-parse#example-1
// JSON Parse("5120";Is time) is 01:25:20
var $h : Time:=JSON Parse("5120"; Is time)
ASSERT($h=?01:25:20?; "gave "+String($h))

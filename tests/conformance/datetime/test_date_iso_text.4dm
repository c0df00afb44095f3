// Doc: https://developer.4d.com/docs/commands/date#example-3
// Date("2013-06-05T20:00:00") is June 5th, 2013 regardless of the system language
var $vDate : Date:=Date("2013-06-05T20:00:00")
ASSERT($vDate=!2013-06-05!; "gave "+String($vDate; ISO date))
ASSERT(Date("2013-11-20T10:20:00.9854")=!2013-11-20!; "decimal seconds")

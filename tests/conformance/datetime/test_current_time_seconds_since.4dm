// Doc: https://developer.4d.com/docs/commands/current-time#example-1
// ((Current date-!1980-01-01!)*86400)+Current time gives seconds since 1.1.1980
var $vhStartTime : Real:=((Current date-!1980-01-01!)*86400)+Current time
ASSERT($vhStartTime>((!2024-01-01!-!1980-01-01!)*86400); "gave "+String($vhStartTime))

// Doc: https://developer.4d.com/docs/commands/time-string#example
// Time string(46800) is "13:00:00"; beyond a day it goes on: 86401 gives "24:00:01"
ASSERT(("46800 seconds is "+Time string(46800))="46800 seconds is 13:00:00"; "gave "+Time string(46800))
ASSERT(Time string(86401)="24:00:01"; "gave "+Time string(86401))
ASSERT(Time string(?01:02:03?)="01:02:03"; "time argument")

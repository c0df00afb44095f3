// Doc: https://developer.4d.com/docs/commands/current-time#example-2
// \3600, (\60)%60 and %60 extract hours, minutes and seconds from a time
var $vhNow : Time:=?13:45:09?
ASSERT(($vhNow\3600)=13; "hour "+String($vhNow\3600))
ASSERT((($vhNow\60)%60)=45; "minute "+String(($vhNow\60)%60))
ASSERT(($vhNow%60)=9; "second "+String($vhNow%60))

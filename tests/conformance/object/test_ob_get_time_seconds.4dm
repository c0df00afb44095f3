// Doc: https://developer.4d.com/docs/commands/ob-get#example-7
// A time is stored in seconds (3601); OB Get(…;Is time) gives ?01:00:01?
var $obj_o : Object
var $set_h; $get_h : Time
$set_h:=?01:00:00?+1
OB SET($obj_o; "myHour"; $set_h)
ASSERT(OB Get($obj_o; "myHour")=3601; "stored "+String(OB Get($obj_o; "myHour")))
$get_h:=OB Get($obj_o; "myHour"; Is time)
ASSERT($get_h=?01:00:01?; "gave "+String($get_h))

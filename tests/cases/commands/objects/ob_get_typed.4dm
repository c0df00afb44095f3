// language.md §12.1: OB Get with a type constant converts the value (Is longint, Is time from seconds, Is date)
var $o : Object
var $t : Time
$o:=New object("age"; 42; "myHour"; ?01:00:01?; "d"; !2010-01-30!)
ALERT(String(OB Get($o; "age"; Is longint)))
$t:=OB Get($o; "myHour"; Is time)
ALERT(Time string($t))
ALERT(String(OB Get($o; "myHour")))
ALERT(String(Value type(OB Get($o; "d"))=Is date))
ALERT(String(Day of(OB Get($o; "d"; Is date))))

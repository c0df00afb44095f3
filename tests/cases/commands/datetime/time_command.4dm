// language.md §12.4: Time(text or seconds) → Time; undefined → ?00:00:00?
var $o : Object
$o:=New object
ALERT(Time string(Time("01:02:03")))
ALERT(Time string(Time(10000)))
ALERT(Time string(Time($o.missing)))
ALERT(String(Value type(Time("01:00:00"))=Is time))
ALERT(String(Time("00:01:40")+0))

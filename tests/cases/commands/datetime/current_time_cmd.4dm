// language.md §12.4: Current time returns a Time (seconds since midnight, 00:00:00..23:59:59)
var $t : Time
$t:=Current time
ALERT(String(Value type(Current time)=Is time))
ALERT(String(($t>=?00:00:00?) & ($t<=?23:59:59?)))
ALERT(String(Length(Time string($t))))

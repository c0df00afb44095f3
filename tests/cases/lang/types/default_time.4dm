// language.md §2: a declared Time defaults to ?00:00:00?
var $h : Time
ALERT(Time string($h))
ALERT(String(Value type($h)))
ALERT(String($h+0))
$h:=?10:20:30?
ALERT(String($h))

// language.md §2 [Decision]: times in objects are stored as a Real number of seconds
$o:=New object("t"; ?01:00:00?)
ALERT(String(Value type($o.t)))
ALERT(String($o.t))
ALERT(JSON Stringify($o))
$c:=[?00:01:30?]
ALERT(JSON Stringify($c))
$o2:={t: ?00:00:10?}
ALERT(String($o2.t*2))

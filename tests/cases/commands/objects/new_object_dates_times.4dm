// language.md §2 [Decision]: dates in objects keep the Date type (JSON "YYYY-MM-DD"); times are stored as a Real number of seconds
var $o : Object
$o:=New object("d"; !2024-03-15!; "t"; ?01:00:01?)
ALERT(String(Value type($o.d)=Is date))
ALERT(String(Value type($o.t)))
ALERT(String($o.t))
ALERT(JSON Stringify($o))

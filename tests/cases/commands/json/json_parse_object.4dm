// language.md §12.1: JSON Parse — object → Object, array → Collection, number → Real, string → Text, true/false, null
var $o : Object
$o:=JSON Parse("{\"name\":\"john\",\"age\":42,\"tags\":[\"a\",2],\"ok\":true,\"sub\":{\"x\":null}}")
ALERT(String(Value type($o)))
ALERT($o.name)
ALERT(String(Value type($o.age)))
ALERT(String(Value type($o.tags)))
ALERT(String($o.tags.length))
ALERT(String($o.ok))
ALERT(String(Value type($o.sub.x)))
ALERT(JSON Stringify($o))

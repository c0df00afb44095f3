// language.md §2: a declared Boolean defaults to False
var $b : Boolean
ALERT(String($b))
ALERT(String(Value type($b)))
ALERT(String(Type($b)))
$b:=Not($b)
ALERT(String($b))

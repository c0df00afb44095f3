// language.md §2: a declared Real defaults to 0
var $r : Real
ALERT(String($r))
ALERT(String(Value type($r)))
ALERT(String(Type($r)))
$r:=1.25
ALERT(String($r))

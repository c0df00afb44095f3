// language.md §2 [Decision]: declared Integer and Real variables keep their distinction
var $i : Integer
var $r : Real
$i:=7/2
$r:=7/2
ALERT(String($i))
ALERT(String($r))
ALERT(String(Type($i)))
ALERT(String(Type($r)))
ALERT(String(Value type($i)=Value type($r)))

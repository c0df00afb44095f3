// language.md §2: a declared Integer (Longint) defaults to 0; Value type reports Is real [Decision]
var $i : Integer
ALERT(String($i))
ALERT(String(Type($i)))
ALERT(String(Value type($i)))
$i:=7
ALERT(String($i*2))
$i:=MAXLONG
ALERT(String($i))

// language.md §2 [Decision]: an Integer variable stores a rounded value (half away from zero); Value type of numbers is Is real
var $i : Integer
var $r : Real
$i:=3.7
ALERT(String($i))
$i:=-2.5
ALERT(String($i))
$r:=3.7
ALERT(String($r))
ALERT(String(Value type($i)))

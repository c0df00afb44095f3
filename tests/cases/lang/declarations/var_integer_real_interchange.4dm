// language.md §3.1 [Decision]: Integer <-> Real assignments are allowed
var $i : Integer
var $r : Real
$r:=2.75
$i:=$r
ALERT(String($i))
$i:=10
$r:=$i
ALERT(String($r/4))
$r:=$i/4
ALERT(String($r))

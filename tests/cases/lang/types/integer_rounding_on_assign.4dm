// language.md §2 [Decision]: assigning a real to an Integer variable rounds half away from zero
var $i : Integer
$i:=3.7
ALERT(String($i))
$i:=2.5
ALERT(String($i))
$i:=-2.5
ALERT(String($i))
$i:=3.2
ALERT(String($i))
$i:=-3.7
ALERT(String($i))
$i:=0.5
ALERT(String($i))

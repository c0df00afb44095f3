// language.md §4.1: compound assignment += -= *= /= on numbers
$n:=10
$n+=5
ALERT(String($n))
$n-=3
ALERT(String($n))
$n*=5
ALERT(String($n))
$n/=4
ALERT(String($n))
var $i : Integer:=2
$i*=5
ALERT(String($i))

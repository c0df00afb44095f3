// language.md §3.1: several names separated by ; share the type
var $a; $b; $c : Integer
$a:=1.6
$b:=2.4
ALERT(String($a))
ALERT(String($b))
ALERT(String($c))
ALERT(String(Type($c)))

// language.md §3.1: var $n:=10 infers Real (number literal -> Real)
var $n:=10
ALERT(String(Type($n)))
$n:=2.5
ALERT(String($n))
var $m := 7
$m:=$m/2
ALERT(String($m))
ALERT(String(Type($m)=Is real))

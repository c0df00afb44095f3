// language.md §3.1: var $name : Type declares typed variables
var $t : Text
var $i : Integer
var $r : Real
var $b : Boolean
$t:="abc"
$i:=42
$r:=1.5
$b:=True
ALERT($t)
ALERT(String($i))
ALERT(String($r))
ALERT(String($b))
ALERT(String(Type($t)))
ALERT(String(Type($i)))

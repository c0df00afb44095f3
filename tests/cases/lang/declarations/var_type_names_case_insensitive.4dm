// language.md §1.4/§3.1: var keyword and type names are case-insensitive
var $i : integer
var $t : TEXT
var $c : collection
$i:=2.6
ALERT(String($i))
ALERT(String(Type($t)))
ALERT(String($c=Null))
VAR $x : Real
ALERT(String(Type($x)))

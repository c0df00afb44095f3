// language.md §3.1: older docs separate names with , (accepted too)
var $x, $y : Text
ALERT("["+$y+"]")
$x:="a"
$y:="b"
ALERT($x+$y)
ALERT(String(Type($x)))
ALERT(String(Type($y)))

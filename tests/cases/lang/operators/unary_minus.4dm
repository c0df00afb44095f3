// language.md §4.2: unary minus/plus are prefix operators of the primary level
$x:=-1
ALERT(String($x=-1))
ALERT(String(1--1))
ALERT(String(-2^2))
ALERT(String(3*-2))
ALERT(String(-$x))
ALERT(String(+5))
ALERT(String(2^-1))
ALERT(String(- 3+1))

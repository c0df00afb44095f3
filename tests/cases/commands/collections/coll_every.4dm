// language.md §12.2: .every({start;} formula {; params}) is True when every element passes; startFrom ≥ length → False
var $c : Collection
var $f : 4D.Function
$f:=Formula($1.value>0)
$c:=New collection
$c.push(5; 3; 1; 4; 6; 2)
ALERT(String($c.every($f)))
ALERT(String($c.every(Formula(Value type($1.value)=$2); Is real)))
$c.push(-1)
ALERT(String($c.every($f)))
ALERT(String($c.every(7; $f)))
$c:=New collection(-1; 1; 2)
ALERT(String($c.every(1; $f)))
ALERT(String($c.every(-2; $f)))

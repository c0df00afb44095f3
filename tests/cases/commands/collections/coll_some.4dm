// language.md §12.2: .some({start;} formula {; params}) is True when at least one element passes
var $c : Collection
var $b : Boolean
$c:=New collection
$c.push(-5; -3; -1; -4; -6; -2)
ALERT(String($c.some(Formula($1.value>0))))
$c.push(1)
ALERT(String($c.some(Formula($1.value>0))))
$c:=New collection
$c.push(1; -5; -3; -1; -4; -6; -2)
ALERT(String($c.some(Formula($1.value>0))))
ALERT(String($c.some(1; Formula($1.value>0))))
ALERT(String($c.some(Formula($1.value>$2); -2)))

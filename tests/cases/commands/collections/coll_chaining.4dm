// language.md §12.2: functions that modify return the same collection, others return new ones — chains mix both
var $c : Collection
$c:=New collection(5; 1; 4)
ALERT($c.push(2).sort().map(Formula($1.value*10)).join("-"))
ALERT(JSON Stringify($c))
ALERT(String($c.copy().push(9).length)+" "+String($c.length))

// language.md §8.2: Formula from string calling project methods with $1…$n
var $g : 4D.Function:=Formula from string("Shout($1)")
ALERT($g.call(Null; "hey"))
var $h : 4D.Function:=Formula from string("Add($1; $2)*2")
ALERT(String($h.call(Null; 1; 2)))
ALERT(String($h.apply(Null; [5; 5])))
var $o : Object:={twice: Formula from string("Add($1; $1)")}
ALERT(String($o.twice(21)))
var $m : 4D.Function:=Formula from string("Say hello")
$m.call()

// language.md §4.7: undefined to a missing property does nothing; to a variable clears it
$o:={a: 1}
$o.x:=$o.nothing
ALERT(JSON Stringify($o))
ALERT(String(OB Is defined($o; "x")))
var $s : Text:="abc"
$s:=$o.nothing
ALERT("["+$s+"]")
var $n : Integer:=5
$n:=$o.nothing
ALERT(String($n))

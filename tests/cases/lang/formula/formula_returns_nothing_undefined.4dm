// language.md §8.1: a formula whose expression returns nothing returns undefined
var $r : Variant
$f:=Formula(ALERT("side effect"))
$r:=$f.call()
ALERT(String(Undefined($r)))

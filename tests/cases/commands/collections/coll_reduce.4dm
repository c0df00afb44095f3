// language.md §12.2: .reduce(formula {; initValue {; params}}) — the callback updates $1.accumulator
var $c : Collection
var $r : Variant
$c:=New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2)
$r:=$c.reduce(Formula($1.accumulator:=$1.accumulator*$1.value); 1)
ALERT(String($r))
$c:=New collection(1; 2; 3)
ALERT(String($c.reduce(Formula($1.accumulator:=$1.accumulator+($1.value*$2)); 0; 10)))
ALERT(New collection("a"; "b"; "c").reduce(Formula($1.accumulator:=$1.accumulator+$1.value); ""))
ALERT(String($c.reduce(Formula($1.accumulator:=($1.accumulator || 0)+$1.value))))

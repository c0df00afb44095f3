// language.md §4.1 / §12.2: the 4D doc form Formula($1.accumulator*=$1.value) — compound assignment inside a reduce formula
var $c : Collection
$c:=New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2)
ALERT(String($c.reduce(Formula($1.accumulator*=$1.value); 1)))
ALERT(String(New collection(1; 2; 3).reduce(Formula($1.accumulator+=$1.value); 10)))

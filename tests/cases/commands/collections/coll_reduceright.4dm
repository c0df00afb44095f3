// language.md §12.2: .reduceRight works like reduce from right to left
var $c; $r : Collection
$c:=New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2)
ALERT(String($c.reduceRight(Formula($1.accumulator:=$1.accumulator*$1.value); 1)))
ALERT(New collection("a"; "b"; "c").reduceRight(Formula($1.accumulator:=$1.accumulator+$1.value); ""))
$c:=New collection
$c.push(New collection(0; 1))
$c.push(New collection(2; 3))
$c.push(New collection(4; 5))
$c.push(New collection(6; 7))
$r:=$c.reduceRight(Formula($1.accumulator.combine($1.value)); New collection)
ALERT(JSON Stringify($r))

// Doc: https://developer.4d.com/docs/API/CollectionClass#flatmap
// .flatMap($f; $c.sum()) passes the sum in $2 (example 3: percentages of the total)
var $c : Collection:=New collection(1; 4; 9; 10; 20)
var $f : 4D.Function:=Formula(New collection($1.value; Round(($1.value/$2)*100; 2)))
var $c2 : Collection:=$c.flatMap($f; $c.sum())
ASSERT(JSON Stringify($c2)="[1,2.27,4,9.09,9,20.45,10,22.73,20,45.45]"; "gave "+JSON Stringify($c2))

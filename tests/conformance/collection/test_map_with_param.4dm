// Doc: https://developer.4d.com/docs/API/CollectionClass#map
// .map() returns a same-size collection of the formula's results; $2 gets the extra param
var $c : Collection:=New collection(1; 4; 9; 10; 20)
var $c2 : Collection:=$c.map(Formula(Round(($1.value/$2)*100; 2)); $c.sum())
ASSERT(JSON Stringify($c2)="[2.27,9.09,20.45,22.73,45.45]"; "gave "+JSON Stringify($c2))
ASSERT($c.length=5; "original changed")

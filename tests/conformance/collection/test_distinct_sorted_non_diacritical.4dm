// Doc: https://developer.4d.com/docs/API/CollectionClass#distinct
// Follows: the description ("Null values are not returned", sorted); only the scalar part of the example's result is checked
// .distinct() returns sorted distinct values, non-diacritical by default
var $c : Collection:=New collection("a"; "b"; "c"; "A"; "B"; "c"; "b"; "b"; Null)
var $c2 : Collection:=$c.distinct()
ASSERT($c2.length=3; "gave "+JSON Stringify($c2))
ASSERT(($c2[0]="a") & ($c2[1]="b") & ($c2[2]="c"); "gave "+JSON Stringify($c2))

// Doc: https://developer.4d.com/docs/API/CollectionClass#extract
// .extract(path) ignores elements whose path is null or undefined (example 1)
var $c : Collection:=New collection
$c.push(New object("name"; "Cleveland"))
$c.push(New object("zip"; 5321))
$c.push(New object("name"; "Blountsville"))
$c.push(42)
var $c2 : Collection:=$c.extract("name")
ASSERT(JSON Stringify($c2)="[\"Cleveland\",\"Blountsville\"]"; "gave "+JSON Stringify($c2))

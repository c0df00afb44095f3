// Doc: https://developer.4d.com/docs/API/CollectionClass#filter
// .filter() with OB Get type($1;"value") selects by element type (example 2)
var $c; $c2; $c3 : Collection
var $f : 4D.Function:=Formula(OB Get type($1; "value")=$2)
$c:=New collection(5; 3; 1; 4; 6; 2)
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c2:=$c.filter($f; Is real)
$c3:=$c.filter($f; Is object)
ASSERT(JSON Stringify($c2)="[5,3,1,4,6,2]"; "gave "+JSON Stringify($c2))
ASSERT(JSON Stringify($c3)="[{\"name\":\"Cleveland\",\"zc\":35049},{\"name\":\"Blountsville\",\"zc\":35031}]"; "gave "+JSON Stringify($c3))

// Doc: https://developer.4d.com/docs/API/CollectionClass#findindex
// .findIndex() returns the first index (3), and searching from 4 finds the next one (4)
var $c : Collection:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
var $val2; $val3 : Integer
$val2:=$c.findIndex(Formula($1.value.name=$2); "Clanton")
$val3:=$c.findIndex($val2+1; Formula($1.value.name=$2); "Clanton")
ASSERT($val2=3; "val2 "+String($val2))
ASSERT($val3=4; "val3 "+String($val3))

// language.md §12.2: .findIndex({start;} formula {; params}) returns the index of the first match or -1
var $c : Collection
var $val2; $val3 : Integer
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
$val2:=$c.findIndex(Formula($1.value.name=$2); "Clanton")
ALERT(String($val2))
$val3:=$c.findIndex($val2+1; Formula($1.value.name=$2); "Clanton")
ALERT(String($val3))
ALERT(String($c.findIndex(Formula($1.value.name=$2); "Paris")))
ALERT(String($c.findIndex(Formula($1.value.name=$2); "clanton")))
ALERT(String($c.findIndex(-1; Formula($1.value.zc>35000))))

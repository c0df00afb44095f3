// language.md §12.2: .find({start;} formula {; params}) returns the first matching element or undefined
var $col; $c : Collection
var $c2 : Object
$col:=New collection("hello"; "world"; 4; "red horse"; "tim"; "san jose")
ALERT($col.find(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 5))
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
$c2:=$c.find(Formula($1.value.name=$2); "Clanton")
ALERT(JSON Stringify($c2))
ALERT(JSON Stringify($c.find(3; Formula($1.value.name=$2); "Clanton")))
ALERT(String(Undefined($c.find(Formula($1.value.name=$2); "Paris"))))

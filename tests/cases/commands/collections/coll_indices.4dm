// language.md §12.2: .indices(queryString…) returns the indexes of the matching elements in ascending order
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
ALERT(JSON Stringify($c.indices("name = :1"; "Cleveland")))
ALERT(JSON Stringify($c.indices("zc > 35040")))
ALERT(JSON Stringify($c.indices("name = 'x'")))

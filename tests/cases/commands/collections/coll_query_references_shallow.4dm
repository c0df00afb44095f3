// language.md §12.2: query results are the original objects (shallow)
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
var $r : Collection
$r:=$c.query("name = 'Adger'")
$r[0].zc:=1
ALERT(String($c[2].zc))

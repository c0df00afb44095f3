// language.md §12.2: .query(queryString {; values}) returns a new collection of the matching objects (:1 placeholders)
var $c : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
var $c2 : Collection
$c2:=$c.query("name = :1"; "Cleveland")
ALERT(JSON Stringify($c2))
ALERT($c.query("zc > 35040").extract("name").join(","))
ALERT($c.query(":1 = :2"; "name"; "Adger").extract("zc").join(","))
ALERT(String($c.query("zc < 0").length))
ALERT(JSON Stringify($c.query("name = 'Paris'")))

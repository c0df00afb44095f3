// language.md §12.2: .orderBy with a dotted property path
var $c; $crit : Collection
$c:=New collection
$c.push(New object("name"; "Cleveland"; "phones"; New object("p1"; "01"; "p2"; "02")))
$c.push(New object("name"; "Blountsville"; "phones"; New object("p1"; "00"; "p2"; "03")))
ALERT($c.orderBy("phones.p1 asc").extract("name").join(","))
$crit:=New collection(New object("propertyPath"; "phones.p2"; "descending"; True))
ALERT($c.orderBy($crit).extract("name").join(","))
ALERT($c.orderBy("phones.p2 asc").extract("name").join(","))

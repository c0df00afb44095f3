// Doc: https://developer.4d.com/docs/API/CollectionClass#orderby
// .orderBy("phones.p1 asc") sorts by a nested property path
var $c : Collection:=New collection
$c.push(New object("name"; "Cleveland"; "phones"; New object("p1"; "01"; "p2"; "02")))
$c.push(New object("name"; "Blountsville"; "phones"; New object("p1"; "00"; "p2"; "03")))
var $c2 : Collection:=$c.orderBy("phones.p1 asc")
ASSERT($c2[0].name="Blountsville"; "first is "+$c2[0].name)

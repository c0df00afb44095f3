// Doc: https://developer.4d.com/docs/API/CollectionClass#orderby
// .orderBy(collection of {propertyPath; descending}) criteria (example 3)
var $c : Collection:=New collection
$c.push(New object("name"; "Cleveland"; "phones"; New object("p1"; "01"; "p2"; "02")))
$c.push(New object("name"; "Blountsville"; "phones"; New object("p1"; "00"; "p2"; "03")))
var $crit : Collection:=New collection(New object("propertyPath"; "phones.p2"; "descending"; True))
var $c2 : Collection:=$c.orderBy($crit)
ASSERT($c2[0].name="Blountsville"; "first is "+$c2[0].name)

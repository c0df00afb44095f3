// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// .query("name = :1";…) and .query("zc > 35040") (example 1)
var $c : Collection:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
var $c2 : Collection:=$c.query("name = :1"; "Cleveland")
ASSERT(JSON Stringify($c2)="[{\"name\":\"Cleveland\",\"zc\":35049}]"; "gave "+JSON Stringify($c2))
var $c3 : Collection:=$c.query("zc > 35040")
ASSERT($c3.extract("zc").join(",")="35049,35046,35045"; "gave "+JSON Stringify($c3))

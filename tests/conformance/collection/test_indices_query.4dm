// Doc: https://developer.4d.com/docs/API/CollectionClass#indices
// .indices() returns the ascending indexes of matching elements ([0] and [0,3,4])
var $c : Collection:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
ASSERT(JSON Stringify($c.indices("name = :1"; "Cleveland"))="[0]"; "gave "+JSON Stringify($c.indices("name = :1"; "Cleveland")))
ASSERT(JSON Stringify($c.indices("zc > 35040"))="[0,3,4]"; "gave "+JSON Stringify($c.indices("zc > 35040")))

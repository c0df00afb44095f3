// Doc: https://developer.4d.com/docs/API/CollectionClass#orderby
// .orderBy("value desc, id asc") sorts by several property paths (example 2)
var $c : Collection:=New collection
$c.push(New object("id"; 1; "value"; 5))
$c.push(New object("id"; 2; "value"; 7))
$c.push(New object("id"; 3; "value"; 5))
var $c2 : Collection:=$c.orderBy("value desc, id asc")
ASSERT($c2.extract("id").join(",")="2,1,3"; "gave "+$c2.extract("id").join(","))
$c2:=$c.orderBy("value desc, id desc")
ASSERT($c2.extract("id").join(",")="2,3,1"; "gave "+$c2.extract("id").join(","))

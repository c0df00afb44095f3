// Doc: https://developer.4d.com/docs/API/CollectionClass#distinct
// .distinct(path; ck count values) returns {value; count} objects
var $c : Collection:=New collection
$c.push(New object("size"; 1))
$c.push(New object("size"; 3))
$c.push(New object("size"; 1))
var $c3 : Collection:=$c.distinct("size"; ck count values)
ASSERT(JSON Stringify($c3)="[{\"value\":1,\"count\":2},{\"value\":3,\"count\":1}]"; "gave "+JSON Stringify($c3))

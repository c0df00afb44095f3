// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// "spouse = null" finds null and undefined properties
var $c : Collection:=New collection(New object("n"; "a"; "spouse"; Null); New object("n"; "b"); New object("n"; "c"; "spouse"; "x"))
var $r : Collection:=$c.query("spouse = null")
ASSERT($r.extract("n").join(",")="a,b"; "gave "+$r.extract("n").join(","))

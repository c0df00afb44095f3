// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// An empty collection is returned when nothing matches
var $c : Collection:=New collection(New object("name"; "A"))
var $r : Collection:=$c.query("name = :1"; "B")
ASSERT(($r#Null) && ($r.length=0); "gave "+JSON Stringify($r))

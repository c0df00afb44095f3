// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// "children[].age" queries every occurrence inside a collection property
var $c : Collection:=New collection
$c.push(New object("n"; "a"; "children"; New collection(New object("age"; 2); New object("age"; 15))))
$c.push(New object("n"; "b"; "children"; New collection(New object("age"; 3))))
var $r : Collection:=$c.query("children[].age > 10")
ASSERT($r.extract("n").join(",")="a"; "gave "+$r.extract("n").join(","))

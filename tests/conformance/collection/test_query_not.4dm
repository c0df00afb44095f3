// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// NOT applied to a parenthesised statement
var $c : Collection:=New collection(New object("v"; 1); New object("v"; 2); New object("v"; 3))
var $r : Collection:=$c.query("NOT(v = 2)")
ASSERT($r.extract("v").join(",")="1,3"; "gave "+$r.extract("v").join(","))

// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// IN matches values equal to one of the values of a collection placeholder
var $c : Collection:=New collection(New object("city"; "Paris"); New object("city"; "Lyon"); New object("city"; "Nice"))
var $r : Collection:=$c.query("city IN :1"; New collection("Paris"; "Nice"))
ASSERT($r.extract("city").join(",")="Paris,Nice"; "gave "+JSON Stringify($r))

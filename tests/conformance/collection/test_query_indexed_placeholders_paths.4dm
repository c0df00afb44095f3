// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// Indexed placeholders may stand for the property path too: query(":1=:2";"city";"Chicago")
var $myCol : Collection:=New collection(New object("city"; "Chicago"); New object("city"; "Boston"))
var $c : Collection:=$myCol.query(":1=:2"; "city"; "Chicago")
ASSERT(($c.length=1) && ($c[0].city="Chicago"); "gave "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// A placeholder value is only a value: "smith OR status='private'" is not interpreted
var $col : Collection:=New collection(New object("status"; "public"; "name"; "smith"); New object("status"; "private"; "name"; "x"))
var $result : Collection:=$col.query("status='public' & name=:1"; "smith OR status='private'")
ASSERT($result.length=0; "gave "+JSON Stringify($result))

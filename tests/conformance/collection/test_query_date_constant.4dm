// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// Date constants in a query string use the "YYYY-MM-DD" format
var $c : Collection:=New collection(New object("d"; !2020-01-01!); New object("d"; !2022-06-15!))
var $r : Collection:=$c.query("d > 2021-01-01")
ASSERT($r.length=1; "gave "+String($r.length))

// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// A date expression placeholder: persons hired more than 90 days ago (example 2)
var $c : Collection:=New collection
$c.push(New object("name"; "Old"; "dateHired"; Current date-1000))
$c.push(New object("name"; "New"; "dateHired"; Current date-10))
var $col : Collection:=$c.query("dateHired < :1"; (Current date-90))
ASSERT($col.extract("name").join(",")="Old"; "gave "+$col.extract("name").join(","))

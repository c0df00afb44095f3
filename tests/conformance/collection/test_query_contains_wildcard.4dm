// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// "name = :1" with "@in@" returns the names containing "in" (example 2)
var $c : Collection:=New collection
$c.push(New object("name"; "Smith"; "age"; 45))
$c.push(New object("name"; "Wesson"))
$c.push(New object("name"; "Winch"; "age"; 36))
$c.push(New object("name"; "Sterling"; "age"; Null))
$c.push(New object("name"; "Mark"))
var $col : Collection:=$c.query("name = :1"; "@in@")
ASSERT($col.extract("name").join(",")="Winch,Sterling"; "gave "+$col.extract("name").join(","))

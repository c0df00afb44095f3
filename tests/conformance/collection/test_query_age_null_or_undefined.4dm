// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// "age=null" returns the persons whose age is null or undefined (example 2)
var $c : Collection:=New collection
$c.push(New object("name"; "Smith"; "age"; 45))
$c.push(New object("name"; "Wesson"))
$c.push(New object("name"; "Winch"; "age"; 36))
$c.push(New object("name"; "Sterling"; "age"; Null))
$c.push(New object("name"; "Mark"))
var $col : Collection:=$c.query("age=null")
ASSERT($col.extract("name").join(",")="Wesson,Sterling,Mark"; "gave "+$col.extract("name").join(","))

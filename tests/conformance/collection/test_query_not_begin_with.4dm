// Doc: https://developer.4d.com/docs/API/CollectionClass#query
// "name # :1" with "W@" returns the names that do not begin with W (example 2)
var $c : Collection:=New collection
$c.push(New object("name"; "Smith"; "age"; 45))
$c.push(New object("name"; "Wesson"))
$c.push(New object("name"; "Winch"; "age"; 36))
$c.push(New object("name"; "Sterling"; "age"; Null))
$c.push(New object("name"; "Mark"))
var $aString : Text:="W"
var $col : Collection:=$c.query("name # :1"; $aString+"@")
ASSERT($col.extract("name").join(",")="Smith,Sterling,Mark"; "gave "+$col.extract("name").join(","))

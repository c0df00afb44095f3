// Doc: https://developer.4d.com/docs/API/CollectionClass#countvalues
// .countValues(value; propertyPath) counts a property's values in objects (example 2: 2)
var $col : Collection:=New collection
$col.push(New object("name"; "Smith"; "age"; 5))
$col.push(New object("name"; "Wesson"; "age"; 2))
$col.push(New object("name"; "Jones"; "age"; 3))
$col.push(New object("name"; "Henry"; "age"; 4))
$col.push(New object("name"; "Gross"; "age"; 5))
ASSERT($col.countValues(5; "age")=2; "gave "+String($col.countValues(5; "age")))

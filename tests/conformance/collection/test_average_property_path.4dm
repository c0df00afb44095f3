// Doc: https://developer.4d.com/docs/API/CollectionClass#average
// .average(propertyPath) averages an object property (example 2: 23500)
var $col : Collection:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
ASSERT($col.average("salary")=23500; "average gave "+String($col.average("salary")))

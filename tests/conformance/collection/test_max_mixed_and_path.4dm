// Doc: https://developer.4d.com/docs/API/CollectionClass#max
// .max() returns the max of the last type in sort order (objects); .max(path) of a property
var $col : Collection:=New collection(200; 150; 55)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Alabama"; "salary"; 10500))
ASSERT($col.max("salary")=50000; "max(salary) "+String($col.max("salary")))
ASSERT($col.max("name")="Wesson"; "max(name) "+String($col.max("name")))
ASSERT(Value type($col.max())=Is object; "max() gave "+JSON Stringify($col.max()))

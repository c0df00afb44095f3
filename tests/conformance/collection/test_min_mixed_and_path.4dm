// Doc: https://developer.4d.com/docs/API/CollectionClass#min
// .min() returns the min within the first type in sort order (numbers: 55); .min(path) of a property
var $col : Collection:=New collection(200; 150; 55)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Alabama"; "salary"; 10500))
ASSERT($col.min()=55; "min() "+String($col.min()))
ASSERT($col.min("salary")=10000; "min(salary) "+String($col.min("salary")))
ASSERT($col.min("name")="Alabama"; "min(name) "+String($col.min("name")))

// Doc: https://developer.4d.com/docs/API/CollectionClass#count
// .count() returns the number of non-null elements (example: 7)
var $col : Collection:=New collection(20; 30; Null; 40)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
$col.push(New object("lastName"; "Henry"; "salary"; 12000))
ASSERT($col.count()=7; "count() gave "+String($col.count()))

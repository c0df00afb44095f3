// Doc: https://developer.4d.com/docs/API/CollectionClass#sum
// Follows: 10500.5 written with a period; the doc example writes 10500,5 (a French decimal comma, not valid code)
// .sum("salary") sums a property (example 2: 70500.5)
var $col : Collection:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500.5))
ASSERT($col.sum("salary")=70500.5; "gave "+String($col.sum("salary")))

// Doc: https://developer.4d.com/docs/API/CollectionClass#countvalues
// .countValues(value) returns the number of times value is found (example 1: 3)
var $col : Collection:=New collection(1; 2; 5; 5; 5; 3; 6; 4)
ASSERT($col.countValues(5)=3; "gave "+String($col.countValues(5)))

// Doc: https://developer.4d.com/docs/API/CollectionClass#every
// Follows: the example's code minus its missing closing parenthesis in Formula(…) (a doc typo)
// .every(formula; param) passes param in $2 (example 2: all elements of real type)
var $f : 4D.Function:=Formula(Value type($1.value)=$2)
var $c : Collection:=New collection
$c.push(5; 3; 1; 4; 6; 2)
ASSERT($c.every($f; Is real); "every gave false")
$c:=$c.push(New object("name"; "Cleveland"; "zc"; 35049))
ASSERT(Not($c.every($f; Is real)); "every gave true")

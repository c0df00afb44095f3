// Doc: https://developer.4d.com/docs/API/CollectionClass#includes
// .includes() finds scalars, honours startFrom and the @ wildcard
var $obj : Object:=New object("value"; 10)
var $col : Collection:=New collection(1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5; $obj)
ASSERT($col.includes(3); "includes(3)")
ASSERT($col.includes(5; 6); "includes(5;6)")
ASSERT($col.includes("al@"); "includes(al@)")
ASSERT(Not($col.includes("Hello")); "includes(Hello)")

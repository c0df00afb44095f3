// Doc: https://developer.4d.com/docs/API/CollectionClass#includes
// .includes() matches objects by reference only
var $obj : Object:=New object("value"; 10)
var $col : Collection:=New collection(1; 2; $obj)
ASSERT($col.includes($obj); "same reference not found")
ASSERT(Not($col.includes(New object("value"; 10))); "equal object found")

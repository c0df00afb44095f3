// Doc: https://developer.4d.com/docs/API/CollectionClass#find
// .find() returns the first value for which the formula returns true (example 1: "tim")
var $col : Collection:=New collection("hello"; "world"; 4; "red horse"; "tim"; "san jose")
var $value : Variant:=$col.find(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 5)
ASSERT($value="tim"; "gave "+String($value))

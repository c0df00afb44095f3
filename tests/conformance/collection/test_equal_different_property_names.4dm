// Doc: https://developer.4d.com/docs/API/CollectionClass#equal
// .equal() is false when nested objects have different property names
var $c; $c2 : Collection
$c:=New collection(New object("1"; "a"; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
ASSERT(Not($c.equal($c2)); "equal gave true")

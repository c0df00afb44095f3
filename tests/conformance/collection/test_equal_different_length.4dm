// Doc: https://developer.4d.com/docs/API/CollectionClass#equal
// .equal() is false when the second collection has an extra element
var $c; $c2 : Collection
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3; 4)
ASSERT(Not($c.equal($c2)); "equal gave true")

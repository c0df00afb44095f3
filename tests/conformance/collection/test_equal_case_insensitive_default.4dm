// Doc: https://developer.4d.com/docs/API/CollectionClass#equal
// .equal() compares deeply and non-diacritically by default ("orange" = "ORange")
var $c; $c2 : Collection
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "ORange"); 2; 3)
ASSERT($c.equal($c2); "equal gave false")

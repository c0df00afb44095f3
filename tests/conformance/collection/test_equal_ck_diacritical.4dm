// Doc: https://developer.4d.com/docs/API/CollectionClass#equal
// .equal(c2; ck diacritical) is case sensitive ("orange" # "ORange")
var $c; $c2 : Collection
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "ORange"); 2; 3)
ASSERT(Not($c.equal($c2; ck diacritical)); "equal gave true")

// Doc: https://developer.4d.com/docs/API/CollectionClass#remove
// .remove(3), (3;2), (-8;1), (-3;1) as in the example
var $col : Collection:=New collection("a"; "b"; "c"; "d"; "e"; "f"; "g"; "h")
$col.remove(3)
ASSERT($col.join("")="abcefgh"; "1: "+$col.join(""))
$col.remove(3; 2)
ASSERT($col.join("")="abcgh"; "2: "+$col.join(""))
$col.remove(-8; 1)
ASSERT($col.join("")="bcgh"; "3: "+$col.join(""))
$col.remove(-3; 1)
ASSERT($col.join("")="bgh"; "4: "+$col.join(""))

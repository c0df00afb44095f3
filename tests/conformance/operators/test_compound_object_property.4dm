// Doc: https://developer.4d.com/docs/Concepts/operators#compound-assignment-operators
// Compound operators apply to assignable expressions such as object properties and collection elements
var $o : Object:=New object("n"; 1; "c"; New collection(1; 2))
$o.n+=41
$o.c[1]*=10
ASSERT($o.n=42; "property "+String($o.n))
ASSERT($o.c[1]=20; "element "+String($o.c[1]))

// Doc: https://developer.4d.com/docs/API/CollectionClass#orderby
// .orderBy() returns a shallow copy: objects share the same reference
var $o : Object:=New object("v"; 1)
var $c : Collection:=New collection(New object("v"; 2); $o)
var $c2 : Collection:=$c.orderBy("v")
ASSERT($c2[0]=$o; "not the same reference")

// Doc: https://developer.4d.com/docs/API/CollectionClass#slice
// .slice() returns a shallow copy: objects are shared
var $o : Object:=New object("a"; 1)
var $c : Collection:=New collection($o; 2)
var $s : Collection:=$c.slice(0; 1)
ASSERT($s[0]=$o; "not the same reference")

// Doc: https://developer.4d.com/docs/API/CollectionClass#reverse
// .reverse() returns a deep copy: nested objects are duplicated
var $o : Object:=New object("a"; 1)
var $c : Collection:=New collection($o; 2)
var $c2 : Collection:=$c.reverse()
$c2[1].a:=99
ASSERT($o.a=1; "nested object shared: "+String($o.a))

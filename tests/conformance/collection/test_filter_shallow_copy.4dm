// Doc: https://developer.4d.com/docs/API/CollectionClass#filter
// .filter() returns a shallow copy: objects are shared with the original
var $c : Collection:=New collection(New object("n"; 1); New object("n"; 2))
var $f : Collection:=$c.filter(Formula($1.value.n>1))
$f[0].n:=20
ASSERT($c[1].n=20; "not shared: "+JSON Stringify($c))
ASSERT($c.length=2; "original modified")

// Doc: https://developer.4d.com/docs/API/CollectionClass#multisort
// .multiSort() without parameters sorts like .sort(): grouped by type (null, booleans, strings, numbers)
var $c : Collection:=[3; "b"; True; Null; 1; "a"]
$c.multiSort()
ASSERT(JSON Stringify($c)="[null,true,\"a\",\"b\",1,3]"; "gave "+JSON Stringify($c))

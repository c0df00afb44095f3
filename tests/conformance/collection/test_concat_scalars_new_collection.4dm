// Doc: https://developer.4d.com/docs/API/CollectionClass#concat
// .concat(6;7;8) returns a new collection and does not modify the original
var $c : Collection:=New collection(1; 2; 3; 4; 5)
var $c2 : Collection:=$c.concat(6; 7; 8)
ASSERT(JSON Stringify($c2)="[1,2,3,4,5,6,7,8]"; "gave "+JSON Stringify($c2))
ASSERT($c.length=5; "original modified: "+JSON Stringify($c))

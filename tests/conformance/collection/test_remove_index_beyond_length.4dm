// Doc: https://developer.4d.com/docs/API/CollectionClass#remove
// An index beyond the length is set to the length: nothing is removed
var $c : Collection:=New collection(1; 2; 3)
$c.remove(10)
ASSERT($c.length=3; "gave "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#fill
// .fill(value; startFrom) fills from startFrom to the end
var $c : Collection:=New collection(2; 2; 2; 2; 2; 2; 2; 2)
$c.fill("Hello"; 5)
ASSERT(JSON Stringify($c)="[2,2,2,2,2,\"Hello\",\"Hello\",\"Hello\"]"; "gave "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#fill
// .fill(value; startFrom; end) fills [startFrom, end) only
var $c : Collection:=New collection(2; 2; 2; 2; 2; "Hello"; "Hello"; "Hello")
$c.fill(0; 1; 5)
ASSERT(JSON Stringify($c)="[2,0,0,0,0,\"Hello\",\"Hello\",\"Hello\"]"; "gave "+JSON Stringify($c))

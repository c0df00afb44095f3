// Doc: https://developer.4d.com/docs/API/CollectionClass#fill
// .fill(value) sets value to all elements, in place
var $c : Collection:=New collection(1; 2; 3; "Lemon"; Null; ""; 4; 5)
$c.fill("2")
ASSERT(JSON Stringify($c)="[\"2\",\"2\",\"2\",\"2\",\"2\",\"2\",\"2\",\"2\"]"; "gave "+JSON Stringify($c))

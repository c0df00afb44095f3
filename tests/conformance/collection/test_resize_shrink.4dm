// Doc: https://developer.4d.com/docs/API/CollectionClass#resize
// .resize(2) removes the exceeding elements
var $c : Collection:=New collection(1; 2; 3; 4; 5)
$c.resize(2)
ASSERT(JSON Stringify($c)="[1,2]"; "gave "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#fill
// .fill() with end < 0 recalculates end as end+length (-5+8=3)
var $c : Collection:=New collection(2; 0; 0; 0; 0; "Hello"; "Hello"; "Hello")
$c.fill("world"; 1; -5)
ASSERT(JSON Stringify($c)="[2,\"world\",\"world\",0,0,\"Hello\",\"Hello\",\"Hello\"]"; "gave "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#resize
// .resize(10;0) and .resize(10;object) fill new elements with the default value
var $c : Collection:=New collection
$c.resize(10; 0)
ASSERT(JSON Stringify($c)="[0,0,0,0,0,0,0,0,0,0]"; "gave "+JSON Stringify($c))
$c:=New collection(1; 2; 3; 4; 5)
$c.resize(7; New object("name"; "X"))
ASSERT(JSON Stringify($c)="[1,2,3,4,5,{\"name\":\"X\"},{\"name\":\"X\"}]"; "gave "+JSON Stringify($c))

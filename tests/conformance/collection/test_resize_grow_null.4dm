// Doc: https://developer.4d.com/docs/API/CollectionClass#resize
// .resize(10) fills new elements with null
var $c : Collection:=New collection
$c.resize(10)
ASSERT(JSON Stringify($c)="[null,null,null,null,null,null,null,null,null,null]"; "gave "+JSON Stringify($c))

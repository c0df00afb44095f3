// Doc: https://developer.4d.com/docs/API/CollectionClass#flatmap
// .flatMap() is map() followed by flat(1): [[2],[4],[6],[8]] vs [2,4,6,8]
var $col : Collection:=New collection(1; 2; 3; 4)
var $result : Collection:=$col.map(Formula(New collection($1.value*2)))
ASSERT(JSON Stringify($result)="[[2],[4],[6],[8]]"; "map gave "+JSON Stringify($result))
$result:=$col.flatMap(Formula(New collection($1.value*2)))
ASSERT(JSON Stringify($result)="[2,4,6,8]"; "flatMap gave "+JSON Stringify($result))

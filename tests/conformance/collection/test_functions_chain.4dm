// Doc: https://developer.4d.com/docs/Concepts/dt_collection#collection-functions
// Functions returning the original collection can be chained: push(10;100).sort() gives [5,10,20,100]
var $col : Collection:=New collection(5; 20)
var $col2 : Collection:=$col.push(10; 100).sort()
ASSERT(JSON Stringify($col2)="[5,10,20,100]"; "gave "+JSON Stringify($col2))

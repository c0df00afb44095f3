// Doc: https://developer.4d.com/docs/API/CollectionClass#shift
// .shift() removes and returns the first element
var $c : Collection:=New collection(1; 2; 4; 5; 6; 7; 8)
var $val : Variant:=$c.shift()
ASSERT($val=1; "val "+String($val))
ASSERT(JSON Stringify($c)="[2,4,5,6,7,8]"; "gave "+JSON Stringify($c))

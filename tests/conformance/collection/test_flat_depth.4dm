// Doc: https://developer.4d.com/docs/API/CollectionClass#flat
// .flat(2) and .flat(MAXLONG) flatten deeper levels; the original is unchanged
var $col : Collection:=New collection(1; 2; New collection(3; 4; New collection(5; 6)))
ASSERT(JSON Stringify($col.flat(2))="[1,2,3,4,5,6]"; "gave "+JSON Stringify($col.flat(2)))
$col:=New collection(1; 2; New collection(3; 4; 5; 6; New collection(7; 8; New collection(9; 10))))
ASSERT(JSON Stringify($col.flat(MAXLONG))="[1,2,3,4,5,6,7,8,9,10]"; "gave "+JSON Stringify($col.flat(MAXLONG)))
ASSERT($col.length=3; "original modified")

// Doc: https://developer.4d.com/docs/API/CollectionClass#sum
// .sum() takes only numerical elements into account (example 1: 32)
var $col : Collection:=New collection(10; 20; "Monday"; True; 2)
ASSERT($col.sum()=32; "gave "+String($col.sum()))

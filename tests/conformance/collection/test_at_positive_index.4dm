// Doc: https://developer.4d.com/docs/API/CollectionClass#at
// .at() returns the item at a positive index
var $col : Collection:=New collection(10; 20; 30; 40; 50)
ASSERT($col.at(0)=10; "at(0) gave "+String($col.at(0)))
ASSERT($col.at(1)=20; "at(1) gave "+String($col.at(1)))

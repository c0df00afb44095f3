// Doc: https://developer.4d.com/docs/API/CollectionClass#at
// .at() returns Undefined when the index is beyond the collection's limits
var $col : Collection:=New collection(10; 20; 30; 40; 50)
ASSERT(Undefined($col.at(10)); "at(10) gave "+String($col.at(10)))
ASSERT(Undefined($col.at(-6)); "at(-6) gave "+String($col.at(-6)))

// Doc: https://developer.4d.com/docs/API/CollectionClass#last
// .last() returns the last element, Undefined for an empty collection
var $col : Collection:=New collection(10; 20; 30; "hello"; 50)
ASSERT($col.last()=50; "last gave "+String($col.last()))
ASSERT(Undefined(New collection().last()); "empty last not undefined")

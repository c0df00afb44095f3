// Doc: https://developer.4d.com/docs/API/CollectionClass#first
// .first() returns the first element, Undefined for an empty collection
var $col : Collection:=New collection(10; 20; 30; "hello"; 50)
ASSERT($col.first()=10; "first gave "+String($col.first()))
ASSERT(Undefined(New collection().first()); "empty first not undefined")

// Doc: https://developer.4d.com/docs/API/CollectionClass#shift
// .shift() on an empty collection does nothing (returns undefined)
var $c : Collection:=New collection
ASSERT(Undefined($c.shift()); "gave a value")
ASSERT($c.length=0; "length changed")

// Doc: https://developer.4d.com/docs/API/CollectionClass#pop
// .pop() on an empty collection returns undefined
var $c : Collection:=New collection
ASSERT(Undefined($c.pop()); "pop of empty gave a value")

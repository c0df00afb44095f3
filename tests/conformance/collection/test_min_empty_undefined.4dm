// Doc: https://developer.4d.com/docs/API/CollectionClass#min
// .min() of an empty collection returns Undefined
ASSERT(Undefined(New collection.min()); "min of empty not undefined")

// Doc: https://developer.4d.com/docs/API/CollectionClass#max
// .max() of an empty collection returns Undefined
ASSERT(Undefined(New collection.max()); "max of empty not undefined")
ASSERT(New collection(3; 12; 7).max()=12; "max gave "+String(New collection(3; 12; 7).max()))

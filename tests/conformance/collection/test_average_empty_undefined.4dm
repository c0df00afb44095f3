// Doc: https://developer.4d.com/docs/API/CollectionClass#average
// .average() returns undefined for an empty collection, no numbers, or a missing property path
ASSERT(Undefined(New collection.average()); "empty collection")
ASSERT(Undefined(New collection("a"; True).average()); "no numerical element")
ASSERT(Undefined(New collection(New object("a"; 1)).average("b")); "path not found")

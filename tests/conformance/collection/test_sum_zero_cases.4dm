// Doc: https://developer.4d.com/docs/API/CollectionClass#sum
// .sum() returns 0 for an empty collection, no numbers, or a missing property path
ASSERT(New collection.sum()=0; "empty")
ASSERT(New collection("a"; True).sum()=0; "no numbers")
ASSERT(New collection(New object("a"; 1)).sum("b")=0; "missing path")

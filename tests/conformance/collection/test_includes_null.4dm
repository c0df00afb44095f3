// Doc: https://developer.4d.com/docs/API/CollectionClass#includes
// .includes() accepts the null value as toSearch
var $col : Collection:=New collection(1; Null; 3)
ASSERT($col.includes(Null); "Null not found")
ASSERT(Not(New collection(1; 2).includes(Null)); "Null found in [1,2]")

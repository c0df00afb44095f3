// Doc: https://developer.4d.com/docs/API/CollectionClass#includes
// .includes(): startFrom >= length gives False; negative startFrom is an offset from the end
var $col : Collection:=New collection(1; 2; 3)
ASSERT(Not($col.includes(1; 3)); "startFrom >= length gave True")
ASSERT($col.includes(3; -1); "includes(3;-1)")
ASSERT(Not($col.includes(1; -2)); "includes(1;-2)")

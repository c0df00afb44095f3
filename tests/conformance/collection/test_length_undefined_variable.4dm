// Doc: https://developer.4d.com/docs/API/CollectionClass#length
// A declared but unassigned collection variable has .length 0 ("$col.length initialized to 0")
var $col : Collection
ASSERT($col.length=0; "gave "+String($col.length))

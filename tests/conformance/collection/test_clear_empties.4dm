// Doc: https://developer.4d.com/docs/API/CollectionClass#clear
// .clear() removes all elements from the collection instance
var $col : Collection:=New collection(1; 2; 5)
$col.clear()
ASSERT($col.length=0; "length after clear: "+String($col.length))

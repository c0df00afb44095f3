// Doc: https://developer.4d.com/docs/API/CollectionClass#length
// .length is 3 after creation, 5 after writing index 4, and remove(0;3) leaves 2
var $col : Collection:=New collection("one"; "two"; "three")
ASSERT($col.length=3; "created "+String($col.length))
$col[4]:="five"
ASSERT($col.length=5; "after [4] "+String($col.length))
ASSERT($col[3]=Null; "gap not null")
ASSERT($col.remove(0; 3).length=2; "after remove "+String($col.length))

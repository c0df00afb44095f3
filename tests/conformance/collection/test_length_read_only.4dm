// Doc: https://developer.4d.com/docs/API/CollectionClass#length
// .length is read-only: it cannot be used to set the size of the collection
var $col : Collection:=New collection(1; 2; 3)
var $failed : Boolean:=False
Try
	$col.length:=1
Catch
	$failed:=True
End try
ASSERT($col.length=3; "length changed to "+String($col.length))

// Doc: https://developer.4d.com/docs/API/CollectionClass#first
// $emptyCol[0] would return an error, where .first() returns Undefined
var $emptyCol : Collection:=New collection()
var $v : Variant
var $failed : Boolean:=False
Try
	$v:=$emptyCol[0]
Catch
	$failed:=True
End try
ASSERT($failed; "reading [0] of an empty collection gave no error")

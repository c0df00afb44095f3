// Doc: https://developer.4d.com/docs/API/CollectionClass#copy
// .copy(ck shared; groupWith) puts the copy in groupWith's shared group, so it can be combined (example 2)
var $sharedColl1; $sharedColl2; $copyColl : Collection
$sharedColl1:=New shared collection(New shared object("lastname"; "Smith"))
$sharedColl2:=New shared collection(New shared object("lastname"; "Brown"))
$copyColl:=$sharedColl1.copy(ck shared; $sharedColl2)
Use ($sharedColl2)
	$sharedColl2.combine($copyColl)
End use
ASSERT($sharedColl2.length=2; "length "+String($sharedColl2.length))
ASSERT($sharedColl2[1].lastname="Smith"; "gave "+JSON Stringify($sharedColl2))

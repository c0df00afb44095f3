// Doc: https://developer.4d.com/docs/commands/ob-copy#example-5
// OB Copy(…;ck shared;$sharedColl) puts the copy in $sharedColl's group so it can be pushed
var $sharedObj; $objCopy : Object
var $sharedColl : Collection
$sharedObj:=New shared object("lastname"; "Smith"; "address"; New shared object("city"; "New York"))
$sharedColl:=New shared collection(New shared object("lastname"; "Brown"))
$objCopy:=OB Copy($sharedObj; ck shared; $sharedColl)
Use ($sharedColl)
	$sharedColl.push($objCopy)
End use
ASSERT($sharedColl[1].address.city="New York"; "gave "+JSON Stringify($sharedColl))

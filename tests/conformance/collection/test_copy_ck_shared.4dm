// Doc: https://developer.4d.com/docs/API/CollectionClass#copy
// .copy(ck shared) returns a shared collection that can be put into Storage / a shared object
var $sharedObject : Object:=New shared object
var $lastnames : Collection:=JSON Parse("[\"Smith\",\"Brown\"]")
var $shared : Collection:=$lastnames.copy(ck shared)
Use ($sharedObject)
	$sharedObject.lastnames:=$shared
End use
ASSERT($sharedObject.lastnames[1]="Brown"; "gave "+JSON Stringify($sharedObject))

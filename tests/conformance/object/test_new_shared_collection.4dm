// Doc: https://developer.4d.com/docs/Concepts/dt_collection#regular-or-shared-collection
// A shared collection is modified inside Use…End use
var $c : Collection:=New shared collection(1; 2)
Use ($c)
	$c.push(3)
End use
ASSERT($c.length=3; "length "+String($c.length))
ASSERT(OB Is shared($c); "not shared")

// Doc: https://developer.4d.com/docs/API/CollectionClass#copy
// By default .copy() returns a regular (not shared) collection even from a shared one
var $s : Collection:=New shared collection(1; 2)
var $c : Collection:=$s.copy()
$c.push(3)
ASSERT($c.length=3; "push on copy failed")

// Doc: https://developer.4d.com/docs/API/CollectionClass#remove
// Removing from an empty collection does nothing and raises no error
var $c : Collection:=New collection
$c.remove(0)
$c.remove(5; 3)
ASSERT($c.length=0; "length "+String($c.length))

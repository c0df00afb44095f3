// Doc: https://developer.4d.com/docs/API/CollectionClass#findindex
// .findIndex() returns -1 when not found or when startFrom >= length
var $c : Collection:=New collection(1; 2; 3)
ASSERT($c.findIndex(Formula($1.value>5))=-1; "not found")
ASSERT($c.findIndex(5; Formula($1.value>0))=-1; "startFrom >= length")

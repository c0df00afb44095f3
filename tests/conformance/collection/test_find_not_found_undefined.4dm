// Doc: https://developer.4d.com/docs/API/CollectionClass#find
// Follows: the Result row ("Undefined if not found"); the startFrom bullet says "-1 is returned", copied from findIndex()
// .find() returns Undefined when nothing matches, and when startFrom >= length
var $c : Collection:=New collection(1; 2; 3)
ASSERT(Undefined($c.find(Formula($1.value>5))); "not found gave a value")
ASSERT(Undefined($c.find(3; Formula($1.value>0))); "startFrom >= length gave a value")

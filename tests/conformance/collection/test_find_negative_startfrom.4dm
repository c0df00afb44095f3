// Doc: https://developer.4d.com/docs/API/CollectionClass#find
// .find() with negative startFrom starts at length+startFrom and still searches left to right
var $c : Collection:=New collection(5; 1; 6; 7)
ASSERT($c.find(-3; Formula($1.value>4))=6; "gave "+String($c.find(-3; Formula($1.value>4))))

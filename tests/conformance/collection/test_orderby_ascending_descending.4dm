// Doc: https://developer.4d.com/docs/API/CollectionClass#orderby
// .orderBy(ck ascending / ck descending) returns ordered copies of scalar values (example 1)
var $c : Collection:=New collection(5; 1; 4; 2)
ASSERT(JSON Stringify($c.orderBy(ck ascending))="[1,2,4,5]"; "asc "+JSON Stringify($c.orderBy(ck ascending)))
ASSERT(JSON Stringify($c.orderBy(ck descending))="[5,4,2,1]"; "desc "+JSON Stringify($c.orderBy(ck descending)))
ASSERT(JSON Stringify($c)="[5,1,4,2]"; "original modified "+JSON Stringify($c))

// Doc: https://developer.4d.com/docs/API/CollectionClass#push
// Follows: .sort() "sorts the elements of the original collection" (sort section); the push example's comment $col=[5,3,9,7,50] would contradict it
// $col.push(7;50).sort() returns the sorted collection (example 2)
var $col : Collection:=New collection(5; 3; 9)
var $sortedCol : Collection:=$col.push(7; 50).sort()
ASSERT(JSON Stringify($sortedCol)="[3,5,7,9,50]"; "gave "+JSON Stringify($sortedCol))
ASSERT($sortedCol=$col; "sort() did not return the original collection")

// Doc: https://developer.4d.com/docs/API/CollectionClass#filter
// .filter() keeps the elements for which the formula is true; params arrive in $2 (example 1)
var $col; $colNew : Collection
$col:=New collection("hello"; "world"; "red horse"; 66; "tim"; "san jose"; "miami")
$colNew:=$col.filter(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 6)
ASSERT(JSON Stringify($colNew)="[\"hello\",\"world\",\"tim\",\"miami\"]"; "gave "+JSON Stringify($colNew))

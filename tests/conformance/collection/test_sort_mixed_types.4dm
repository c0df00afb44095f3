// Doc: https://developer.4d.com/docs/API/CollectionClass#sort
// .sort() groups by type (strings before numbers) and modifies the original (example 1)
var $col; $col2 : Collection
$col:=New collection("Tom"; 5; "Mary"; 3; "Henry"; 1; "Jane"; 4; "Artie"; 6; "Chip"; 2)
$col2:=$col.sort()
ASSERT(JSON Stringify($col2)="[\"Artie\",\"Chip\",\"Henry\",\"Jane\",\"Mary\",\"Tom\",1,2,3,4,5,6]"; "gave "+JSON Stringify($col2))
ASSERT(JSON Stringify($col)=JSON Stringify($col2); "original not sorted")

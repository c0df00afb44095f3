// language.md §12.2: .flat({depth=1}) (20) flattens nested collections into a new collection
var $col : Collection
$col:=New collection(1; 2; New collection(3; 4))
ALERT(JSON Stringify($col.flat()))
$col:=New collection(1; 2; New collection(3; 4; New collection(5; 6)))
ALERT(JSON Stringify($col.flat()))
ALERT(JSON Stringify($col.flat(2)))
ALERT(JSON Stringify($col))
$col:=New collection(1; 2; New collection(3; 4; 5; 6; New collection(7; 8; New collection(9; 10))))
ALERT(JSON Stringify($col.flat(MAXLONG)))

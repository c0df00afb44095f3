// language.md §12.2: .sort() sorts scalars in place (grouped by type: strings before numbers) and returns the same collection
var $col; $col2 : Collection
$col:=New collection("Tom"; 5; "Mary"; 3; "Henry"; 1; "Jane"; 4; "Artie"; 6; "Chip"; 2)
$col2:=$col.sort()
ALERT(JSON Stringify($col2))
ALERT(JSON Stringify($col))
ALERT(String($col2=$col))
$col:=New collection(33; 4; 66; 1111; 222)
ALERT(JSON Stringify($col.sort()))

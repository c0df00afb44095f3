// language.md §12.2: .push of a collection adds it as one element (no flattening), by reference
var $col; $sub : Collection
$col:=New collection(1)
$sub:=New collection(2; 3)
$col.push($sub)
$sub.push(4)
ALERT(JSON Stringify($col))
ALERT(String($col.length))

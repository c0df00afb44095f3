// language.md §12.2: .sort(ck descending) / .sort(ck ascending) on scalars
var $c : Collection
$c:=New collection(3; 1; 2)
ALERT(JSON Stringify($c.sort(ck descending)))
ALERT(JSON Stringify($c.sort(ck ascending)))

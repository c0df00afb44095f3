// language.md §12.2: default sort groups types in order null, booleans, strings, numbers, (objects, collections), dates
var $c : Collection
$c:=New collection(3; "b"; Null; True; !2020-01-01!; "A"; False; 1)
$c.sort()
ALERT(JSON Stringify($c))

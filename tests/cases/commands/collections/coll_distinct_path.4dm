// language.md §12.2: .distinct(propPath {; ck count values})
var $c : Collection
$c:=New collection
$c.push(New object("size"; 1))
$c.push(New object("size"; 3))
$c.push(New object("size"; 1))
ALERT(JSON Stringify($c.distinct("size")))
ALERT(JSON Stringify($c.distinct("size"; ck count values)))

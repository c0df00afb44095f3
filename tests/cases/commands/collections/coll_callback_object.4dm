// language.md §14.11: collection callbacks receive an object in $1 ($1.value), not the element itself
var $c : Collection
$c:=New collection(10; 20)
ALERT(JSON Stringify($c.map(Formula(Value type($1)))))
ALERT(JSON Stringify($c.map(Formula($1.value))))

// language.md §12.2: .sort(formula {; params}) — comparator gets $1.value and $1.value2 and returns True if value < value2
var $col : Collection
$col:=New collection(33; 4; 66; 1111; 222)
ALERT(JSON Stringify($col.sort(Formula(String($1.value)<String($1.value2)))))
ALERT(JSON Stringify($col.sort(Formula($1.value>$1.value2))))
$col:=New collection("ccc"; "a"; "bb")
ALERT(JSON Stringify($col.sort(Formula(Length($1.value)<Length($1.value2)))))
ALERT(JSON Stringify($col.sort(Formula(($2="desc") ? (Length($1.value)>Length($1.value2)) : (Length($1.value)<Length($1.value2))); "desc")))

// language.md §12.2: .map(formula {; params}) — callback gets $1.value, extra params in $2…; returns a new collection
var $c; $c2 : Collection
$c:=New collection(1; 4; 9; 10; 20)
$c2:=$c.map(Formula(Round(($1.value/$2)*100; 2)); $c.sum())
ALERT(JSON Stringify($c2))
ALERT(JSON Stringify($c.map(Formula($1.value*2))))
ALERT(JSON Stringify($c))
ALERT(JSON Stringify(New collection("a"; "bb").map(Formula(String(Length($1.value))+$2+$3); "-"; "x")))

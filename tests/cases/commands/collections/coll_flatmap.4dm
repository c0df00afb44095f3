// language.md §12.2: .flatMap(formula) (20) = map followed by flat(1)
var $col : Collection
$col:=New collection(1; 2; 3; 4)
ALERT(JSON Stringify($col.map(Formula(New collection($1.value*2)))))
ALERT(JSON Stringify($col.flatMap(Formula(New collection($1.value*2)))))
$col:=New collection("Hello how"; "are you ?")
ALERT(JSON Stringify($col.map(Formula(Split string($1.value; " ")))))
ALERT(JSON Stringify($col.flatMap(Formula(Split string($1.value; " ")))))
ALERT(JSON Stringify(New collection(1; 2).flatMap(Formula(New collection($1.value; New collection($1.value))))))

// language.md §12.2: .orderByMethod(formula {; params}) returns a new collection sorted by the comparator
var $c; $c3; $fruits : Collection
$c:=New collection
$c.push("33"; "4"; "1111"; "222")
$c3:=$c.orderByMethod(Formula(Num($1.value)<Num($1.value2)))
ALERT(JSON Stringify($c3))
ALERT(JSON Stringify($c))
$fruits:=New collection("Orange"; "fig"; "Blackberry"; "pear"; "Passion fruit"; "Apple")
ALERT(JSON Stringify($fruits.orderByMethod(Formula(Length(String($1.value))>Length(String($1.value2))))))
ALERT(JSON Stringify(New collection(1; 3; 2).orderByMethod(Formula($1.value*$2<$1.value2*$2); -1)))

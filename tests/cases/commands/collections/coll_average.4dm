// language.md §12.2: .average({propPath}) — arithmetic mean of numbers; undefined when there is nothing to average
var $col; $empty : Collection
$empty:=New collection
$col:=New collection(10; 20; "Monday"; True; 6)
ALERT(String($col.average()))
$col:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
ALERT(String($col.average("salary")))
ALERT(String(Undefined($empty.average())))
ALERT(String(Undefined(New collection("x").average())))
ALERT(String(Undefined($col.average("missing"))))

// language.md §12.2: .sum({propPath}) — non-numbers ignored; empty or no numbers → 0
var $col : Collection
$col:=New collection(10; 20; "Monday"; True; 2)
ALERT(String($col.sum()))
$col:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500.5))
ALERT(String($col.sum("salary")))
ALERT(String($col.sum("missing")))
$col:=New collection
ALERT(String($col.sum()))
ALERT(String(New collection("a"; "b").sum()))

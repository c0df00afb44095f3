// language.md §12.2: .join(sep {; ck ignore null or empty}) — Null → "null", numbers with the default String format
var $c : Collection
$c:=New collection(1; 2; 3; "Paris"; Null; ""; 4; 5)
ALERT($c.join("|"))
ALERT($c.join("|"; ck ignore null or empty))
$c:=New collection(2.5; 1/4; "x")
ALERT($c.join(", "))
$c:=New collection
ALERT("["+$c.join(",")+"]")
ALERT(New collection("a"; "b").join(""))

// .sort() of collections of one kind gives the same order as the mixed-kind rules:
// Reals ascending/descending (NaN first), texts by collation (case and accents ignored,
// ties kept in place), booleans, and a mixed collection grouped by kind
var $c : Collection
$c:=New collection(3; -1.5; 2; 0; 10; -0)
ALERT(JSON Stringify($c.sort()))
ALERT(JSON Stringify($c.sort(ck descending)))
$c:=New collection(2; Log(-1); 1)
ALERT(String($c.sort()[0])+"|"+String($c[1])+"|"+String($c[2]))
$c:=New collection("b"; "B"; "é"; "e"; "a"; "Z"; "à"; "A")
ALERT($c.sort().join(","))
ALERT($c.sort(ck descending).join(","))
$c:=New collection(True; False; True)
ALERT(JSON Stringify($c.sort()))
$c:=New collection("b"; 2; True; Null; "a"; 1; False)
ALERT(JSON Stringify($c.sort()))

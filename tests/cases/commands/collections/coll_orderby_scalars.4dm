// language.md §12.2: .orderBy() / .orderBy(ck ascending|ck descending) return a NEW sorted collection
var $c; $c2 : Collection
$c:=New collection(3; 1; 2)
$c2:=$c.orderBy()
ALERT(JSON Stringify($c2))
ALERT(JSON Stringify($c))
ALERT(String($c2=$c))
ALERT(JSON Stringify($c.orderBy(ck descending)))
ALERT(JSON Stringify($c.orderBy(ck ascending)))
$c:=New collection("33"; "4"; "1111"; "222")
ALERT(JSON Stringify($c.orderBy()))

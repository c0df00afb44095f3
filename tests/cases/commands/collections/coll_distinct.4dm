// language.md §12.2: .distinct() returns sorted distinct values, nulls dropped; insensitive unless ck diacritical
var $c : Collection
$c:=New collection("a"; "b"; "c"; "A"; "B"; "c"; "b"; "b")
ALERT(JSON Stringify($c.distinct()))
ALERT(JSON Stringify($c.distinct(ck diacritical)))
ALERT(JSON Stringify(New collection(3; 1; Null; 3; 2).distinct()))

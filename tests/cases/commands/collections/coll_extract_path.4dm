// language.md §12.2: .extract with a dotted path
var $c : Collection
$c:=New collection(New object("a"; New object("b"; 1)); New object("a"; New object("b"; 2)); New object("a"; 3))
ALERT(JSON Stringify($c.extract("a.b")))

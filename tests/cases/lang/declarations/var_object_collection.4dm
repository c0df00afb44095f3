// language.md §3.1: Object and Collection variables
var $o : Object
var $c : Collection
ALERT(String($o=Null))
$o:=New object("a"; 1)
$c:=New collection("x")
ALERT(JSON Stringify($o))
ALERT(JSON Stringify($c))
ALERT(String(Type($o)))
ALERT(String(Type($c)))

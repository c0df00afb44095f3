// language.md §1.7: collection literal elements are any expressions; [$x] is a one-element collection
$a:=2
$c:=[$a+1; String($a); $a>0; $a]
ALERT(JSON Stringify($c))
$one:=[$a]
ALERT(JSON Stringify($one))
ALERT(String($one.length))

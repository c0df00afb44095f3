// language.md §12.2: .fill(v {; start {; end}}) — end excluded, negatives from the end, end < start does nothing
var $c : Collection
$c:=New collection(1; 2; 3; "Lemon"; Null; ""; 4; 5)
$c.fill("2")
ALERT(JSON Stringify($c))
$c.fill("Hello"; 5)
ALERT(JSON Stringify($c))
$c.fill(0; 1; 5)
ALERT(JSON Stringify($c))
$c.fill("world"; 1; -5)
ALERT(JSON Stringify($c))
$c.fill("z"; 5; 2)
ALERT(JSON Stringify($c))

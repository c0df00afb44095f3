// language.md §2 [Decision]: times in collections are stored as seconds (Real); numbers are Real
var $c : Collection
$c:=New collection(?20:00:00?; 3)
ALERT(JSON Stringify($c))
ALERT(String(Value type($c[0])))
ALERT(String(Value type($c[1])))

// language.md §2: numbers stored in collections are Real
var $i : Integer:=7
$c:=[1; 2.5]
$c.push($i)
ALERT(String(Value type($c[0])))
ALERT(String(Value type($c[2])))
ALERT(JSON Stringify($c))

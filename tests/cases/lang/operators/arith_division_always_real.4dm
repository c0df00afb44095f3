// language.md §4.3: / is always real division
var $i; $j : Integer
$i:=1
$j:=3
ALERT(String($i/$j))
ALERT(String(10/4))
ALERT(String(Value type(6/3)))

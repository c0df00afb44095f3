// language.md §4.7 / §11.3: reading col[i] beyond the end is an error (Try intercepts it); .at() returns undefined instead
var $c : Collection
var $v : Variant
$c:=New collection(1; 2)
$v:=Try($c[5])
ALERT(String(Undefined($v)))
ALERT(String(Last errors#Null))
ALERT(String(Undefined($c.at(5))))

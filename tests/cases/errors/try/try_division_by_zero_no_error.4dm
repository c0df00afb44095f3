// language.md §4.3 / §11.3: real division by zero is not an error (INF); Try returns the value and Last errors stays null
var $x : Variant
$x:=Try(1/0)
ALERT(String($x))
ALERT(String(Last errors=Null))

// language.md §11.3: Try(expression) returns the value when no error occurs; Last errors is then null
var $x : Variant
$x:=Try(1+2)
ALERT(String($x))
ALERT(String(Last errors=Null))
ALERT(Try("a"+"b"))

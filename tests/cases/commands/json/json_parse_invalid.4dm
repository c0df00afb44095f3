// language.md §12.1 / §11.3: invalid JSON raises an error — intercept it with Try(JSON Parse(...))
var $x : Variant
$x:=Try(JSON Parse("{bad json"))
ALERT(String(Undefined($x)))
ALERT(String(Last errors#Null))
$x:=Try(JSON Parse("{\"ok\":1}"))
ALERT(String($x.ok))

// language.md §11.3: when the expression raises an error, Try intercepts it, returns undefined and Last errors holds the error
var $x : Variant
$x:=Try(JSON Parse("{not json"))
ALERT(String(Undefined($x)))
ALERT(String(Last errors#Null))
ALERT(String(Last errors.length>0))
ALERT("still running")

// language.md §4.3 [Decision]: \ and % by zero raise an error
var $x : Variant
$x:=Try(7\0)
ALERT(String(Last errors#Null))
ALERT(String(Undefined($x)))
$x:=Try(7%0)
ALERT(String(Last errors#Null))
$x:=Try(7\2)
ALERT(String($x))

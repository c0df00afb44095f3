// language.md §2 / §4.3: mixing types with no operator rule ("abc"+0.5) is an error, intercepted by Try
var $x : Variant
$x:=Try("abc"+0.5)
ALERT(String(Last errors#Null))
$x:=Try("abc"+String(0.5))
ALERT($x)

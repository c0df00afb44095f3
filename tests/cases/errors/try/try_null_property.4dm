// language.md §4.7 / §11.3: reading a property of Null is an error, intercepted by Try
var $o : Object
var $v : Variant
$o:=Null
$v:=Try($o.name)
ALERT(String(Undefined($v)))
ALERT(String(Last errors#Null))

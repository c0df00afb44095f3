// language.md §12.1: OB Copy keeps pointers unless ck resolve pointers is passed (then the pointed value is copied)
var $o; $c1; $c2 : Object
var $t : Text
$t:="first"
$o:=New object("p"; ->$t)
$c1:=OB Copy($o)
$c2:=OB Copy($o; ck resolve pointers)
$t:="second"
ALERT(String(Value type($c1.p)))
ALERT(String(Value type($c2.p)))
ALERT($c2.p)
ALERT(JSON Stringify($c1))

// language.md §2: a declared Pointer is nil
var $p : Pointer
var $x : Integer
ALERT(String(Is nil pointer($p)))
$p:=->$x
ALERT(String(Is nil pointer($p)))
ALERT(String(Value type($p)))

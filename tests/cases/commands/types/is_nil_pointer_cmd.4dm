// language.md §12.5: Is nil pointer(p) is True for an unassigned pointer
var $p : Pointer
var $x : Text
ALERT(String(Is nil pointer($p)))
$p:=->$x
ALERT(String(Is nil pointer($p)))
$p->:="set through pointer"
ALERT($x)
ALERT(String(Is nil pointer(->$x)))

//%attributes = {}
LOG EVENT(Into system standard outputs; "failing\n")
var $o : Object
$o.a.b:=1
LOG EVENT(Into system standard outputs; "not reached\n")

// language.md §4.7: pointers: ->var, ptr->, ptr->prop, ptr->["prop"]
var $x : Integer
var $p : Pointer
$p:=->$x
$p->:=5
ALERT(String($x))
$x:=$x+1
ALERT(String($p->))
$o:={a: 1; b: "two"}
$po:=->$o
ALERT(String($po->a))
ALERT($po->["b"])
ALERT(JSON Stringify($po->))

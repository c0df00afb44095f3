// language.md §4.1: assignable targets: variable, obj.prop, obj["prop"], col[i], arr{i}, text[[i]], ptr->
var $v : Integer
$v:=1
$o:={}
$o.a:=2
$o["b"]:=3
$c:=[0; 0]
$c[1]:=4
ARRAY TEXT($arr; 1)
$arr{1}:="five"
$t:="xbc"
$t[[1]]:="a"
$p:=->$v
$p->:=6
ALERT(JSON Stringify($o))
ALERT(JSON Stringify($c))
ALERT($arr{1})
ALERT($t)
ALERT(String($v))

// language.md §3.1: an initialiser expression gives the variable its value
var $x:=String(5)+"a"
var $d:=!2024-01-01!+1
var $y:=1>0
var $o:=New object("k"; 1)
ALERT($x)
ALERT(JSON Stringify($d))
ALERT(String($y))
ALERT(JSON Stringify($o))

// language.md §3.1: var $name : Type := expression (since 20 R3)
var $a : Text:="hello"
var $n : Integer:=15
var $d : Date:=!2024-01-31!
var $r : Real:=2.5
var $c : Collection:=[1; 2]
var $o : Object:={k: "v"}
var $b : Boolean:=True
ALERT($a)
ALERT(String($n))
ALERT(JSON Stringify($d))
ALERT(String($r))
ALERT(JSON Stringify($c))
ALERT(JSON Stringify($o))
ALERT(String($b))

// language.md §3.1: initialiser with free spacing around : and :=
var $x : Integer := 3
var $y:Integer:=4
var $s := "a"
var $t:Text:="b"
ALERT(String($x+$y))
ALERT($s+$t)
ALERT(String(Type($y)))

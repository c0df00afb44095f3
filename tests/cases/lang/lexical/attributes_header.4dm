//%attributes = {"invisible":true,"preemptive":"capable"}
// language.md §1.1: a first-line //%attributes header is just a comment
var $n : Integer
$n:=2
ALERT("header ignored")
ALERT(String($n*21))

// language.md §8.1: local variables are captured by value at creation time
$value:=10
$o:=New object("f"; Formula($value))
$value:=20
ALERT(String($o.f()))
$t:="before"
$f:=Formula($t+"!")
$t:="after"
ALERT($f.call())

  // language.md §2: a pointer variable can be re-pointed to another variable
C_TEXT($a;$b)
C_POINTER($p)
$a:="A"
$b:="B"
$p:=->$a
ALERT($p->)
$p:=->$b
ALERT($p->)
$p->:="b2"
ALERT($a+$b)

  // 4D docs Pointers: pointers to pointers, ($pp->)-> reaches the final variable
C_TEXT($myVar)
C_POINTER($p;$pp)
$myVar:="Hello"
$p:=->$myVar
$pp:=->$p
ALERT(($pp->)->)
($pp->)->:="Goodbye"
ALERT($myVar)

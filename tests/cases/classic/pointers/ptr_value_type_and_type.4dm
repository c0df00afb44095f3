  // language.md §12.5: Value type of a pointer is Is pointer; Type($p->) is the type of the target
C_POINTER($p)
C_TEXT($t)
C_LONGINT($n)
$p:=->$t
ALERT(String(Value type($p)=Is pointer))
ALERT(String(Type($p->)=Is text))
$p:=->$n
ALERT(String(Type($p->)=Is longint))

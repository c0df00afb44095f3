  // 4D docs Type: applies to dereferenced pointers; an array reached through a pointer keeps its array type
C_POINTER($p)
ARRAY REAL($r;0)
ARRAY TEXT($t;0)
$p:=->$r
ALERT(String(Type($p->)=Real array))
$p:=->$t
ALERT(String(Type($p->)=Text array))

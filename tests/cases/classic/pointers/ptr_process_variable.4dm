  // language.md §2/§4.1: pointer to a process variable
C_POINTER($p)
vPtrTarget:="before"
$p:=->vPtrTarget
$p->:=$p->+" after"
ALERT(vPtrTarget)

  // language.md §2/§4.1: pointer to an interprocess variable
C_POINTER($p)
<>vPtrShared:=1
$p:=-><>vPtrShared
$p->:=$p->+1
ALERT(String(<>vPtrShared))

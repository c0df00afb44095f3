  // 4D docs Get pointer: "ArrName{3}" gives a pointer to an element of a process array
C_POINTER($p)
ARRAY TEXT(atPtrGp;3)
$p:=Get pointer("atPtrGp{2}")
$p->:="second"
ALERT(atPtrGp{2})

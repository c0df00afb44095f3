  // 4D docs Pointers: dereferencing a nil pointer is an error
C_POINTER($p)
ALERT("before")
$p->:=1
ALERT("after")

  // 4D docs Pointers: pointer to an array; $p-> is the array, usable with array commands
C_POINTER($p)
ARRAY TEXT($a;2)
$p:=->$a
APPEND TO ARRAY($p->;"third")
ALERT(String(Size of array($p->)))
ALERT(String(Size of array($a)))
ALERT($a{3})

  // RESOLVE POINTER is not implemented by fourd -> "command not supported" error
C_POINTER($p)
C_TEXT($name)
C_LONGINT($table;$field)
vPtrResolved:=1
$p:=->vPtrResolved
ALERT("before")
RESOLVE POINTER($p;$name;$table;$field)
ALERT($name)

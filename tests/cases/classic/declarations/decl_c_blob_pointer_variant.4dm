  // language.md §3.2/§2: C_BLOB is empty, C_POINTER is nil, C_VARIANT is undefined
C_BLOB($b)
C_POINTER($p)
C_VARIANT($v)
ALERT(String(BLOB size($b)))
ALERT(String(Is nil pointer($p)))
ALERT(String(Undefined($v)))
$v:="now text"
ALERT(String(Value type($v)=Is text))
$v:=12
ALERT(String(Value type($v)=Is real))

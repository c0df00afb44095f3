  // language.md §12.5: Is nil pointer is True for a declared, unassigned pointer
C_POINTER($p)
C_TEXT($t)
ALERT(String(Is nil pointer($p)))
$p:=->$t
ALERT(String(Is nil pointer($p)))

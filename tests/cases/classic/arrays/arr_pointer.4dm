  // language.md §3.2 (4D docs ARRAY POINTER): pointer elements start nil and can be dereferenced
ARRAY POINTER($p;2)
C_LONGINT($x)
ALERT(String(Is nil pointer($p{1})))
$p{1}:=->$x
$p{1}->:=42
ALERT(String($x))
ALERT(String(Is nil pointer($p{1})))

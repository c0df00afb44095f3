  // 4D docs Find in array: works with pointer arrays (same pointer = same variable)
ARRAY POINTER($p;3)
C_LONGINT($x;$y;$z)
$p{1}:=->$x
$p{2}:=->$y
$p{3}:=->$z
ALERT(String(Find in array($p;->$y)))
ALERT(String(Find in array($p;->$z)))

  // 4D docs Pointer operators: = and # compare pointers (same target)
C_LONGINT($x;$y)
C_POINTER($p1;$p2;$p3)
$p1:=->$x
$p2:=->$x
$p3:=->$y
ALERT(String($p1=$p2))
ALERT(String($p1=$p3))
ALERT(String($p1#$p3))
ALERT(String($p2#$p1))

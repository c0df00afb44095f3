  // 4D docs Pointer operators: pointers to the same array element are equal, to different elements are not
ARRAY TEXT($a;2)
C_POINTER($p1;$p2;$p3)
$p1:=->$a{1}
$p2:=->$a{1}
$p3:=->$a{2}
ALERT(String($p1=$p2))
ALERT(String($p1=$p3))
ALERT(String((->$a)=(->$a)))

  // 4D docs Pointers: pointers to a 2D array and to one of its elements
C_POINTER($p;$pe)
ARRAY LONGINT($m;2;2)
$p:=->$m
$p->{2}{1}:=21
ALERT(String($m{2}{1}))
$pe:=->$m{1}{2}
$pe->:=12
ALERT(String($m{1}{2}))

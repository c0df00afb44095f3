  // 4D docs Pointers: $p->{i} reads and writes element i of the array pointed to
C_POINTER($p)
ARRAY LONGINT($n;3)
$p:=->$n
$p->{3}:=33
$p->{1}:=$p->{3}+1
ALERT(String($n{1})+" "+String($n{3}))
ALERT(String($p->{1}))

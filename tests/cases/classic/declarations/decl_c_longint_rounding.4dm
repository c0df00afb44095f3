  // language.md §2 [Decision]: C_LONGINT variable receiving a real stores it rounded half away from zero
C_LONGINT($n)
$n:=3.7
ALERT(String($n))
$n:=-1.5
ALERT(String($n))
$n:=10/4
ALERT(String($n))

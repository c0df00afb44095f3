  // language.md §2 [Decision]: assigning a real to an integer variable rounds half away from zero
_O_C_INTEGER($i)
$i:=2.5
ALERT(String($i))
$i:=-2.5
ALERT(String($i))
$i:=3.2
ALERT(String($i))

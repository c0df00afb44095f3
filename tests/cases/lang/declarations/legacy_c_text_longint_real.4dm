  // language.md §3.2: legacy C_TEXT(a;b), C_LONGINT, C_REAL declarations
C_TEXT($a;$b)
C_LONGINT($n)
C_REAL($r)
ALERT("["+$a+$b+"]")
ALERT(String($n))
$n:=2.5
ALERT(String($n))
$r:=2.5
ALERT(String($r))
ALERT(String(Type($a)))
ALERT(String(Type($n)))

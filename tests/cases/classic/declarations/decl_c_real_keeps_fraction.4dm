  // language.md §2: a C_REAL variable keeps fractions, an integer assigned to it becomes a real
C_REAL($r)
$r:=7
$r:=$r/2
ALERT(String($r))
ALERT(String(Type($r)=Is real))

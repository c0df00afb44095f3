  // language.md §3.2: ARRAY LONGINT / ARRAY REAL elements start at 0
ARRAY LONGINT($n;2)
ARRAY REAL($r;2)
ALERT(String($n{1})+" "+String($r{2}))
$n{1}:=7
$r{2}:=2.5
ALERT(String($n{1}*2)+" "+String($r{2}*2))

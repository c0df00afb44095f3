  // language.md §3.2: ARRAY LONGINT / REAL / BOOLEAN / DATE with default element values
ARRAY LONGINT($n;3)
ARRAY REAL($r;2)
ARRAY BOOLEAN($b;2)
ARRAY DATE($d;1)
ALERT(String($n{1}+$n{3}))
$n{2}:=7
ALERT(String($n{2}*2))
$r{1}:=1.25
ALERT(String($r{1}))
ALERT(String($b{2}))
ALERT(String($d{1}=!00-00-00!))
ALERT(String(Type($n)))
ALERT(String(Type($r)))

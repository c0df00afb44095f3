  // language.md §3.2: ARRAY BOOLEAN elements start False, ARRAY DATE elements start !00-00-00!
ARRAY BOOLEAN($b;2)
ARRAY DATE($d;2)
ALERT(String($b{1}))
ALERT(String($d{2}=!00-00-00!))
$b{2}:=True
$d{1}:=!2024-03-15!
ALERT(String($b{2}))
ALERT(String(Day of($d{1})))

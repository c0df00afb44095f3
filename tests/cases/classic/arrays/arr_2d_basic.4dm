  // language.md §3.2 (4D docs ARRAY LONGINT size2): two-dimensional arrays, access $a{row}{col}
ARRAY LONGINT($m;2;3)
ALERT(String(Size of array($m)))
ALERT(String(Size of array($m{1})))
$m{1}{2}:=5
$m{2}{3}:=7
ALERT(String($m{1}{2}+$m{2}{3}))
ALERT(String($m{2}{1}))

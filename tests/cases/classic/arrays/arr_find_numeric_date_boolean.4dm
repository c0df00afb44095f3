  // 4D docs Find in array: works with numeric, date and Boolean arrays
ARRAY REAL($r;3)
$r{1}:=1.5
$r{2}:=2.5
$r{3}:=3.5
ARRAY DATE($d;2)
$d{2}:=!2020-02-29!
ARRAY BOOLEAN($b;3)
$b{3}:=True
ALERT(String(Find in array($r;2.5)))
ALERT(String(Find in array($d;!2020-02-29!)))
ALERT(String(Find in array($b;True)))
ALERT(String(Find in array($r;9)))

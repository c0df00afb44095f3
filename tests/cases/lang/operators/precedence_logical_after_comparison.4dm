// language.md §4.2 [Decision]: logical operators bind looser than comparisons
$w:=3
$h:=0
$a:=1
$b:=5
ALERT(String(1>0 & 2>3))
ALERT(String($w>0 && $h>0))
ALERT(String($w>0 && $h=0))
ALERT(String($a=1 | $b=2))
ALERT(String($a=2 | $b=2))

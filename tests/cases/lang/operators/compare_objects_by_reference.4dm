// language.md §4.4: = and # on objects/collections compare references (since 20 R6)
$a:={x: 1}
$b:=$a
$c:=OB Copy($a)
ALERT(String($a=$b))
ALERT(String($a=$c))
ALERT(String($a#$c))
ALERT(String({}={}))
$l:=[1]
$m:=$l
$n:=[1]
ALERT(String($l=$m))
ALERT(String($l=$n))
ALERT(String($l#$n))

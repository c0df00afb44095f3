// language.md §5: typed and untyped variants of one program give the same results (this is the untyped one; arith_typed.4dm the other)
$a:=2147483647
$b:=2
$r:=$a*$b
ALERT(String($r))
$r:=$a+1
ALERT(String($r))
$r:=$a*$a*$a
ALERT(String($r))
$r:=7/2
ALERT(String($r))
$r:=3+4*5-6/2
ALERT(String($r))
$n:=17
$r:=$n\5+$n%5*10
ALERT(String($r))
$r:=-17%5
ALERT(String($r))
$s:=0.1+0.2
ALERT(String($s=0.3))
$i:=7
$r:=$i/2+1.5*$i
ALERT(String($r))
$r:=$i
$r:=$r/4
ALERT(String($r))
$t:="a"+String($i)+String($r)
ALERT($t)
$i:=0
For ($n; 1; 100)
	$i:=$i+$n*$n
End for
ALERT(String($i))

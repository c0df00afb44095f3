// language.md §5: Repeat...Until runs at least once and stops when the condition is True
$n:=0
Repeat 
	$n:=$n+1
Until (True)
ALERT(String($n))
$i:=0
Repeat 
	$i:=$i+2
Until ($i>=7)
ALERT(String($i))

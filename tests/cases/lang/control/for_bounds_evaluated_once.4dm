// language.md §5: start, end and step are evaluated once before the loop
$end:=3
$step:=1
$n:=0
For ($i; 1; $end; $step)
	$end:=10
	$step:=5
	$n:=$n+1
End for 
ALERT(String($n))
ALERT(String($i))

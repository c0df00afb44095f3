// language.md §5: start > end with a positive step gives zero iterations (counter = start)
$n:=0
For ($i; 5; 1)
	$n:=$n+1
End for 
ALERT(String($n))
ALERT(String($i))
For ($j; 1; 5; -1)
	$n:=$n+1
End for 
ALERT(String($n))

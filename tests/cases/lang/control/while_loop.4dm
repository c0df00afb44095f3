// language.md §5: While tests before each iteration (may run zero times)
$i:=0
While ($i<3)
	$i:=$i+1
End while 
ALERT(String($i))
$n:=0
While (False)
	$n:=$n+1
End while 
ALERT(String($n))

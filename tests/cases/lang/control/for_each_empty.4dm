// language.md §5: For each over an empty collection/object runs zero times
$n:=0
For each ($v; [])
	$n:=$n+1
End for each 
For each ($k; {})
	$n:=$n+1
End for each 
ALERT(String($n))

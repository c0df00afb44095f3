// language.md §5: the number of iterations is fixed at loop start
$c:=[1; 2; 3]
$n:=0
For each ($v; $c)
	$c.push($v*10)
	$n:=$n+1
End for each 
ALERT(String($n))
ALERT(JSON Stringify($c))

// language.md §5: object elements are references; scalar items are copies
$c:=[{n: 1}; {n: 2}]
For each ($e; $c)
	$e.n:=$e.n*10
End for each 
ALERT(JSON Stringify($c))
$s:=[1; 2]
For each ($v; $s)
	$v:=$v*10
End for each 
ALERT(JSON Stringify($s))

// language.md §5: modifying the counter inside the body affects the loop
$seen:=[]
For ($i; 1; 10)
	$seen.push($i)
	$i:=$i+2
End for 
ALERT(JSON Stringify($seen))
ALERT(String($i))

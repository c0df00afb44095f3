// language.md §5: For with step 2, and with a real step
$seen:=[]
For ($i; 1; 6; 2)
	$seen.push($i)
End for 
ALERT(JSON Stringify($seen))
ALERT(String($i))
$r:=[]
For ($x; 0; 1; 0.5)
	$r.push($x)
End for 
ALERT(JSON Stringify($r))
ALERT(String($x))

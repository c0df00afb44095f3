// language.md §5: For with a negative step runs while counter >= end
$seen:=[]
For ($i; 10; 1; -3)
	$seen.push($i)
End for 
ALERT(JSON Stringify($seen))
ALERT(String($i))

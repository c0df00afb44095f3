// language.md §5: For each over a collection gives each element
$c:=["a"; "b"; "c"]
$out:=""
For each ($v; $c)
	$out:=$out+$v
End for each 
ALERT($out)
$sum:=0
For each ($n; [1; 2; 3.5])
	$sum:=$sum+$n
End for each 
ALERT(String($sum))

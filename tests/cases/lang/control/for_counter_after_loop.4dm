// language.md §5: after normal completion the For counter holds end+step
$sum:=0
For ($i; 1; 5)
	$sum:=$sum+$i
End for 
ALERT(String($sum))
ALERT(String($i))
For ($j; 1; 100)
End for 
ALERT(String($j))

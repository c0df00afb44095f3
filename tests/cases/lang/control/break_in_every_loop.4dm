// language.md §5: break exits While, Repeat, For and For each
$i:=0
While (True)
	$i:=$i+1
	If ($i=3)
		break
	End if 
End while 
ALERT(String($i))
$j:=0
Repeat 
	$j:=$j+1
	If ($j=4)
		break
	End if 
Until (False)
ALERT(String($j))
For ($k; 1; 100)
	If ($k=5)
		break
	End if 
End for 
ALERT(String($k))
ALERT(String($k<101))
$last:=0
For each ($v; [1; 2; 3; 4])
	$last:=$v
	If ($v=2)
		break
	End if 
End for each 
ALERT(String($last))

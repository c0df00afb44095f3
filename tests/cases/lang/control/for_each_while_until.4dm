// language.md §5: For each ... While(cond) tested before, Until(cond) after each iteration (doc example 36 / 1001)
$colNum:=New collection(1; 2; 3; 4; 5; 6; 7; 8; 9; 10)
$total:=0
For each ($num; $colNum) While ($total<30)
	$total:=$total+$num
End for each 
ALERT(String($total))
$total:=1000
For each ($num; $colNum) Until ($total>30)
	$total:=$total+$num
End for each 
ALERT(String($total))

// language.md §5: loops of different kinds nest
$total:=0
For ($i; 1; 3)
	$j:=0
	While ($j<$i)
		$j:=$j+1
		For each ($v; [1; 10])
			$total:=$total+$v
		End for each 
	End while 
End for 
ALERT(String($total))

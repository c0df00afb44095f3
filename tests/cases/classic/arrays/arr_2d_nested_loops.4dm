  // language.md §3.2: filling a 2D array with nested For loops
C_LONGINT($i;$j;$sum)
ARRAY LONGINT($grid;3;4)
For ($i;1;3)
	For ($j;1;4)
		$grid{$i}{$j}:=$i*10+$j
	End for 
End for 
ALERT(String($grid{2}{3}))
For ($i;1;Size of array($grid))
	For ($j;1;Size of array($grid{$i}))
		$sum:=$sum+$grid{$i}{$j}
	End for 
End for 
ALERT(String($sum))

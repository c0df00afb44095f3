// language.md §5: return expression inside a loop sets the result and exits
#DECLARE($c : Collection; $target : Integer) -> $pos : Integer
If (Count parameters=0)
	ALERT(String(return_value_from_loop([5; 7; 9; 11]; 9)))
	ALERT(String(return_value_from_loop([5; 7]; 1)))
	return 
End if 
$pos:=-1
For ($i; 0; $c.length-1)
	If ($c[$i]=$target)
		return $i
	End if 
End for 

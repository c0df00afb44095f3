// language.md §7.3: the -> $r result variable is returned with whatever it holds at the end
#DECLARE($n : Integer) -> $r : Text
If (Count parameters=0)
	ALERT(result_variable_value_at_end(3))
	return 
End if 
$r:="a"
$r:=$r+"b"
For ($i; 1; $n)
	$r:=$r+String($i)
End for 

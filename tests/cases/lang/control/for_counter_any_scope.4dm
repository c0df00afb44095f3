// language.md §5: the counter may be a variable of any scope (process variable here)
$n:=0
For (vI; 1; 3)
	$n:=$n+vI
End for 
ALERT(String($n))
ALERT(String(vI))
var $k : Integer
For ($k; 3; 1; -1)
End for 
ALERT(String($k))

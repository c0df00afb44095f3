// language.md §5: For each begin (included) / end (excluded); negative = offset from the end
$c:=[0; 1; 2; 3; 4; 5]
$out:=""
For each ($v; $c; 2)
	$out:=$out+String($v)
End for each 
ALERT($out)
$out:=""
For each ($v; $c; 1; 3)
	$out:=$out+String($v)
End for each 
ALERT($out)
$out:=""
For each ($v; $c; -2)
	$out:=$out+String($v)
End for each 
ALERT($out)
$out:=""
For each ($v; $c; 0; -1)
	$out:=$out+String($v)
End for each 
ALERT($out)
$out:=""
For each ($v; $c; -10)
	$out:=$out+String($v)
End for each 
ALERT($out)
$out:=""
For each ($v; $c; 4; 100)
	$out:=$out+String($v)
End for each 
ALERT($out)
$out:="["
For each ($v; $c; 3; 3)
	$out:=$out+String($v)
End for each 
ALERT($out+"]")

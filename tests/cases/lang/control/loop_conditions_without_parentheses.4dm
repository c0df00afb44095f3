// language.md §4.2: Until(OK=0) and While conditions without parentheses
OK:=1
$n:=0
Repeat 
	$n:=$n+1
	If ($n=3)
		OK:=0
	End if 
Until(OK=0)
ALERT(String($n))
$m:=0
While $m<4
	$m:=$m+1
End while 
ALERT(String($m))
$k:=0
Repeat 
	$k:=$k+1
Until $k>=2
ALERT(String($k))

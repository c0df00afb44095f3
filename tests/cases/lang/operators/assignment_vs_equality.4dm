// language.md §4.1: := assigns; = is always comparison
$x:=5
$b:=($x=5)
ALERT(String($b))
$b:=$x=6
ALERT(String($b))
If ($x=5)
	ALERT("equal")
End if 
ALERT(String($x))

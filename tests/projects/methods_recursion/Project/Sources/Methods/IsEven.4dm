#DECLARE($n : Integer) -> $r : Boolean
If ($n=0)
	$r:=True
Else
	$r:=IsOdd($n-1)
End if

#DECLARE($n : Integer) -> $r : Boolean
If ($n=0)
	$r:=False
Else
	$r:=IsEven($n-1)
End if

#DECLARE($n : Integer) -> $r : Integer
If ($n=0)
	$r:=0
Else
	$r:=Depth($n-1)+1
End if

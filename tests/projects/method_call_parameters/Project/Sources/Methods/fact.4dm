#DECLARE($n : Integer) -> $r : Real
If ($n<=1)
	return 1
End if
return $n*fact($n-1)

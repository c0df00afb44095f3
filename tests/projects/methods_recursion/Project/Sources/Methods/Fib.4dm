#DECLARE($n : Integer) : Integer
If ($n<2)
	return $n
End if
return Fib($n-1)+Fib($n-2)
